using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ShelfScout.Web.Api;

/// <summary>Writes a JSON body with <see cref="Utf8JsonWriter"/> (no reflection: the CLI that hosts this is compiled ahead of time).</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
        }
    }

    public static Task NotFoundAsync(HttpContext context, string message) =>
        WriteAsync(context, json => { json.WriteStartObject(); json.WriteString("error", message); json.WriteEndObject(); }, StatusCodes.Status404NotFound);

    public static void Money(this Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } amount)
        {
            json.WriteNumber(name, amount);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Int(this Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Time(this Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, Html.Formats.Iso(time));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
