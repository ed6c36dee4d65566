using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WsisEvents.Web.Documents;

/// <summary>A kind of file the catalog accepts, with the type it is served as and the extension its name gets.</summary>
public sealed record DocumentFormat(string Name, string MediaType, string Extension)
{
    /// <summary>Shown in the browser rather than saved: PDF and plain text, which a browser shows without running
    /// anything of the file's.</summary>
    public bool IsInline => MediaType is DocumentFormats.PdfType or DocumentFormats.TextType;
}

/// <summary>Recognises an upload by its bytes alone: its name and the type the browser declared decide nothing, so a
/// page or a script cannot come back as a document whatever it is called.</summary>
public static class DocumentFormats
{
    public const string PdfType = "application/pdf";
    public const string TextType = "text/plain";

    public static readonly DocumentFormat Pdf = new("PDF", PdfType, ".pdf");
    public static readonly DocumentFormat Doc = new("Word (DOC)", "application/msword", ".doc");
    public static readonly DocumentFormat Ppt = new("PowerPoint (PPT)", "application/vnd.ms-powerpoint", ".ppt");
    public static readonly DocumentFormat Docx = new("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly DocumentFormat Pptx = new("PowerPoint (PPTX)", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    public static readonly DocumentFormat Odt = new("OpenDocument text (ODT)", "application/vnd.oasis.opendocument.text", ".odt");
    public static readonly DocumentFormat Text = new("plain text", TextType, ".txt");

    public static IReadOnlyList<DocumentFormat> All { get; } = [Pdf, Doc, Docx, Odt, Ppt, Pptx, Text];

    public const string Accepted = "PDF, Word (DOC or DOCX), OpenDocument text (ODT), PowerPoint (PPT or PPTX) or plain UTF-8 text";

    /// <summary>For the file input's <c>accept</c>: a hint to the browser's file picker, nothing more.</summary>
    public static string AcceptList { get; } = string.Join(',', All.Select(f => f.Extension));

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    /// <summary>Markup a browser would take for a page or a script, wherever it stands in a text.</summary>
    private static readonly string[] Markup = ["<script", "<html", "<!doctype", "<iframe", "<svg", "<body", "<?xml", "<object", "<embed"];

    /// <summary>The format of <paramref name="content"/>, or why it is refused.</summary>
    public static (DocumentFormat? Format, string? Problem) Recognise(byte[] content)
    {
        if (content.Length == 0)
        {
            return (null, "The file is empty.");
        }

        var bytes = content.AsSpan();
        if (bytes.StartsWith(PdfMagic))
        {
            return (Pdf, null);
        }

        if (bytes.StartsWith(CompoundFileMagic))
        {
            return CompoundFile(bytes) switch
            {
                { } format => (format, null),
                null => (null, $"The file is an Office file of another kind than Word or PowerPoint (or a damaged one). Accepted: {Accepted}."),
            };
        }

        if (bytes.StartsWith(ZipMagic))
        {
            return Zip(content) switch
            {
                { } format => (format, null),
                null => (null, $"The file is a ZIP archive but not a DOCX, PPTX or ODT document. Accepted: {Accepted}."),
            };
        }

        return TextProblem(content) is { } problem ? (null, problem) : (Text, null);
    }

    /// <summary>Why <paramref name="content"/> is not acceptable plain text; null when it is.</summary>
    private static string? TextProblem(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return $"The file is of a kind that is not accepted. Accepted: {Accepted}.";
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return $"The file holds control characters, so it is not plain text, nor any other accepted kind. Accepted: {Accepted}.";
        }

        var start = text.TrimStart('\uFEFF').TrimStart();
        if (start.StartsWith('<') || Markup.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return $"The file is HTML, XML or a script, which is not accepted (a browser could run it). Accepted: {Accepted}.";
        }

        return null;
    }

    /// <summary>DOCX, PPTX or ODT, read from the archive's directory; nothing is decompressed but ODT's short
    /// <c>mimetype</c> entry.</summary>
    private static DocumentFormat? Zip(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > 0 && entries[0].FullName == "mimetype" && entries[0].Length <= 100)
            {
                using var reader = new StreamReader(entries[0].Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == OdtMimeType ? Odt : null;
            }

            if (!entries.Any(e => e.FullName == "[Content_Types].xml"))
            {
                return null;
            }

            var hasWord = entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal));
            var hasPowerPoint = entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal));
            return (hasWord, hasPowerPoint) switch
            {
                (true, false) => Docx,
                (false, true) => Pptx,
                _ => null,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>DOC or PPT: an OLE2 compound file whose directory holds a "WordDocument" or a "PowerPoint Document"
    /// stream. The directory's sectors are found through the file allocation table, as a reader of the format does.</summary>
    private static DocumentFormat? CompoundFile(ReadOnlySpan<byte> bytes)
    {
        const int headerSize = 512;
        const int endOfChain = -2;
        if (bytes.Length < headerSize)
        {
            return null;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(bytes[0x1E..]);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (bytes.Length - headerSize + sectorSize - 1) / sectorSize;

        // The file allocation table's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
        var fatSectors = new List<int>();
        for (var i = 0; i < 109; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadInt32LittleEndian(bytes[(0x4C + (4 * i))..]));
        }

        var difat = BinaryPrimitives.ReadInt32LittleEndian(bytes[0x44..]);
        for (var hops = 0; difat >= 0 && hops < sectorCount; hops++)
        {
            var sector = Sector(bytes, difat, sectorSize);
            if (sector.IsEmpty)
            {
                return null;
            }

            var perSector = (sectorSize / 4) - 1;
            for (var i = 0; i < perSector; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadInt32LittleEndian(sector[(4 * i)..]));
            }

            difat = BinaryPrimitives.ReadInt32LittleEndian(sector[(4 * perSector)..]);
        }

        var fat = new List<int>();
        foreach (var id in fatSectors.Where(id => id >= 0))
        {
            var sector = Sector(bytes, id, sectorSize);
            if (sector.IsEmpty)
            {
                return null;
            }

            for (var i = 0; i < sectorSize / 4; i++)
            {
                fat.Add(BinaryPrimitives.ReadInt32LittleEndian(sector[(4 * i)..]));
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var directory = BinaryPrimitives.ReadInt32LittleEndian(bytes[0x30..]);
        for (var hops = 0; directory != endOfChain; hops++)
        {
            var sector = directory < 0 || directory >= fat.Count || hops > sectorCount ? [] : Sector(bytes, directory, sectorSize);
            if (sector.IsEmpty)
            {
                return null;
            }

            for (var offset = 0; offset + 128 <= sectorSize; offset += 128)
            {
                var entry = sector.Slice(offset, 128);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
                if (entry[0x42] == 2 && nameBytes is >= 2 and <= 64)
                {
                    names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
                }
            }

            directory = fat[directory];
        }

        return (names.Contains("WordDocument"), names.Contains("PowerPoint Document")) switch
        {
            (true, false) => Doc,
            (false, true) => Ppt,
            _ => null,
        };
    }

    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> bytes, int id, int sectorSize)
    {
        var start = (long)(id + 1) * sectorSize;
        return id < 0 || start + sectorSize > bytes.Length ? [] : bytes.Slice((int)start, sectorSize);
    }
}
