// Deleted when the storage, fetching and demo branches merge.
#pragma warning disable
