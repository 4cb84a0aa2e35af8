namespace ShelfScout.Cli.Commands;

/// <summary>Reads a saved page from disk for <c>extract</c>: a bounded read, and a clear reason when the input is no HTML file.</summary>
internal static class LocalPage
{
    private const int SniffBytes = 4096;

    /// <summary>The file's bytes; an <see cref="IOException"/> saying why when it is missing, a folder, too large or not HTML.</summary>
    /// <remarks>Reads at most <paramref name="maxBytes"/> + 1 bytes whatever the file claims, so <c>/dev/zero</c> or a FIFO cannot exhaust memory.</remarks>
    public static async Task<byte[]> ReadAsync(string path, long maxBytes, CancellationToken ct)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("is a folder, not an HTML file");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("no such file", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(maxBytes + 1, stream.CanSeek && stream.Length > 0 ? stream.Length + 1 : 1 << 20)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    throw new IOException($"larger than the {maxBytes / (1024 * 1024)} MiB page limit");
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            throw new IOException($"larger than the {maxBytes / (1024 * 1024)} MiB page limit");
        }

        Array.Resize(ref buffer, length);
        if (!LooksLikeHtml(buffer))
        {
            throw new IOException("not an HTML file");
        }

        return buffer;
    }

    /// <summary>Text with markup: no run of binary control bytes at the start (UTF-16 with a byte order mark allowed), and a '&lt;' early on.</summary>
    private static bool LooksLikeHtml(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return true;
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes));
        var binary = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                binary++;
            }
        }

        // A few stray control bytes happen in real pages; a tenth of the head is an image, archive or executable.
        return binary * 10 < head.Length && bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024)).IndexOf((byte)'<') >= 0;
    }
}
