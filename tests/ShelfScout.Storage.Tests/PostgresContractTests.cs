namespace ShelfScout.Storage.Tests;

// The store's contract suite on a real PostgreSQL server, a database per test: one subclass per contract class (see StoreContract).

[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertTests : AlertTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCatalogTests : CatalogTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests : ConcurrencyTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryStateTests : DeliveryStateTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresExportTests : ExportTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProductHistoryTests : ProductHistoryTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRetailerIdentityTests : RetailerIdentityTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewTests : ReviewTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProductPageTests : ProductPageTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRunTests : RunTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresVariantExportTests : VariantExportTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresVariantTests : VariantTests<PostgresBackend>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryTests : HistoryTests<PostgresBackend>;
