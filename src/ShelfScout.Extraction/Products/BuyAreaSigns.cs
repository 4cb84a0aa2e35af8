namespace ShelfScout.Extraction.Products;

/// <summary>Names of the buy-area parts the visible page shows, as reported in a recognition's evidence.</summary>
internal static class BuyAreaSigns
{
    public const string BuyControl = "buy control";
    public const string DisabledBuyControl = "disabled buy control";
    public const string QuantityInput = "quantity input";
    public const string VariantSelector = "variant selector";
    public const string NotifyForm = "notify-me form";
    public const string QuoteControl = "quote control";
}
