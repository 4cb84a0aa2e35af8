namespace ShelfScout.Extraction.Discovery;

/// <summary>Decides whether a menu link can be a category: not an account, cart, help, content, locale or social link.</summary>
internal static class NavigationLinkFilter
{
    // Path segments (or their word parts) that never name a product category.
    private static readonly HashSet<string> UtilitySegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "account", "accounts", "my-account", "myaccount", "customer", "customers", "login", "logout", "log-in", "signin",
        "sign-in", "signup", "sign-up", "register", "registration", "auth", "cart", "basket", "bag", "checkout",
        "wishlist", "wish-list", "favorites", "favourites", "compare", "help", "faq", "faqs", "support", "contact",
        "contact-us", "kontakt", "blog", "blogs", "news", "journal", "magazine", "articles", "article", "about",
        "about-us", "ueber-uns", "a-propos", "company", "policy", "policies", "privacy", "privacy-policy", "terms",
        "terms-of-service", "terms-and-conditions", "legal", "imprint", "impressum", "cookies", "cookie-policy",
        "shipping", "delivery", "returns", "refund", "refunds", "careers", "jobs", "press", "stores",
        "store-locator", "find-a-store", "track-order", "order-tracking", "orders", "newsletter", "search",
        "sitemap", "agb", "datenschutz", "versand", "konto", "warenkorb", "panier", "carrito", "winkelwagen",
        "mon-compte", "mi-cuenta", "mijn-account", "cgv", "mentions-legales", "gift-cards", "pages", "merkzettel",
        "wunschliste", "favoris", "favoritos", "verlanglijst", "review", "reviews", "write-a-review", "create-review",
        "product-feedback", "customer-service", "customer-services", "kundenservice", "service-client",
    };

    // Whole link texts (lowercased) of utility links, in the languages stores commonly use.
    private static readonly HashSet<string> UtilityTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "sign in", "log in", "login", "log out", "logout", "register", "create account", "my account", "account",
        "cart", "basket", "bag", "checkout", "wishlist", "help", "faq", "contact", "contact us", "about", "about us",
        "blog", "news", "privacy policy", "terms", "shipping", "returns", "store locator", "track order",
        "startseite", "anmelden", "mein konto", "konto", "warenkorb", "hilfe", "kontakt", "über uns",
        "accueil", "connexion", "mon compte", "panier", "aide", "nous contacter", "à propos",
        "inicio", "iniciar sesión", "mi cuenta", "carrito", "ayuda", "contacto",
        "inloggen", "mijn account", "winkelwagen", "klantenservice", "hem", "logga in", "varukorg",
        "accedi", "il mio account", "carrello", "contatti", "entrar", "minha conta", "carrinho",
    };

    private static readonly HashSet<string> LocaleParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "lang", "language", "locale", "currency", "country", "hl", "setcurrency", "___store", "___from_store",
    };

    private static readonly HashSet<string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "INR",
        "BRL", "MXN", "ZAR",
    };

    /// <summary>True when the link (target and visible name) may be a category of this site.</summary>
    public static bool IsCategoryCandidate(Uri target, string name, Uri pageUrl)
    {
        if (!SiteUrl.IsSameSite(target, pageUrl) || SiteUrl.IsSiteRoot(target))
        {
            return false;
        }

        if (name.Length == 0 || name.Length > 60 || UtilityTexts.Contains(name.Trim().TrimEnd(':')))
        {
            return false;
        }

        if (LooksLikeLocaleSwitch(name) || HasLocaleParameter(target))
        {
            return false;
        }

        return !IsUtilityPath(target);
    }

    /// <summary>True when a path segment names an account, cart, help, content or policy page.</summary>
    public static bool IsUtilityPath(Uri target) =>
        target.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(IsUtilitySegment);

    private static bool IsUtilitySegment(string segment)
    {
        var bare = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segment));
        return UtilitySegments.Contains(bare);
    }

    private static bool HasLocaleParameter(Uri target)
    {
        var query = target.Query.TrimStart('?');
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)[0])
            .Any(LocaleParameters.Contains);
    }

    private static bool LooksLikeLocaleSwitch(string name)
    {
        // "EN", "DE", "USD", "EUR €", "English", "Deutsch": short codes and language names are switchers, not categories.
        var trimmed = name.Trim().TrimEnd('€', '$', '£', '¥', ' ', '(', ')');
        if (trimmed.Length == 2 && SiteUrl.LanguageCodes.Contains(trimmed.ToLowerInvariant()) || CurrencyCodes.Contains(trimmed))
        {
            return true;
        }

        return trimmed.ToLowerInvariant() is "english" or "deutsch" or "français" or "español" or "italiano"
            or "nederlands" or "português" or "svenska" or "dansk" or "norsk" or "suomi" or "polski";
    }
}
