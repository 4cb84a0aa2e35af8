namespace ShelfScout.Notifications.Webhooks;

/// <summary>Checks a webhook address the user gave: an absolute http or https URL with a host.</summary>
public static class WebhookUrl
{
    public static bool TryParse(string? text, out Uri url, out string error)
    {
        url = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty; give an http or https URL";
            return false;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.IsFile || string.IsNullOrEmpty(parsed.Host))
        {
            error = $"'{text}' is not an absolute URL; give an http or https URL";
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            error = $"'{text}' is not an http or https URL";
            return false;
        }

        url = parsed;
        error = string.Empty;
        return true;
    }
}
