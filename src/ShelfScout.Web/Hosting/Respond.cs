using System.Text;
using Microsoft.AspNetCore.Http;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Hosting;

/// <summary>Writing a page or an error page.</summary>
internal static class Respond
{
    public static Task HtmlAsync(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var body = Encoding.UTF8.GetBytes(html);
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    public static Task NotFoundAsync(HttpContext context, string what)
    {
        var html = Layout.Begin("Not found", string.Empty);
        html.Element("p", what);
        return HtmlAsync(context, Layout.End(html), StatusCodes.Status404NotFound);
    }

    public static Task BadRequestAsync(HttpContext context, string what)
    {
        var html = Layout.Begin("Bad request", string.Empty);
        html.Element("p", what);
        return HtmlAsync(context, Layout.End(html), StatusCodes.Status400BadRequest);
    }
}
