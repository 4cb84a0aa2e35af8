using Microsoft.AspNetCore.Http;

namespace ShelfScout.Web.Security;

/// <summary>The dashboard only reads: any method but GET and HEAD is answered 405 before it reaches a handler.</summary>
internal static class ReadOnlyGate
{
    public static Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return context.Response.WriteAsync("The ShelfScout dashboard is read-only.\n", context.RequestAborted);
    }
}
