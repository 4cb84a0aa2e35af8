using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace ShelfScout.Web.Security;

/// <summary>
/// With a token configured, every request must carry it: <c>Authorization: Bearer TOKEN</c>, or the cookie set when
/// a browser opened a link with <c>?token=TOKEN</c> once (that request is redirected to the same URL without the
/// token, so it does not stay in the address bar or history). Anything else is 401.
/// </summary>
internal sealed class TokenGate(string token)
{
    public const string CookieName = "shelfscout_token";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    public Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header["Bearer ".Length..].Trim()))
        {
            return next(context);
        }

        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie))
        {
            return next(context);
        }

        if (request.Query.TryGetValue("token", out var query) && Matches(query.ToString()))
        {
            context.Response.Cookies.Append(CookieName, query.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            var rest = QueryString.Create(request.Query.Where(pair => pair.Key != "token"));
            context.Response.Redirect(UriHelper.BuildRelative(request.PathBase, request.Path, rest));
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(
            "This ShelfScout dashboard needs its token: send 'Authorization: Bearer TOKEN' or open it once with ?token=TOKEN.\n",
            context.RequestAborted);
    }

    private bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);
}
