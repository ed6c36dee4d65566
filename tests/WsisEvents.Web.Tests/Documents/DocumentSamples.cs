using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WsisEvents.Web.Tests.Documents;

/// <summary>Small real files of each kind, made here byte by byte. The archives are made once: an archive records
/// when its entries were written, so two made at different moments differ.</summary>
public static class DocumentSamples
{
    public static byte[] Pdf(int padding = 0) =>
        Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string('%', padding) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Text => Encoding.UTF8.GetBytes("Chairman's report\r\n\tRésumé of the Tunis phase: 3 < 5 and “quotes”.\n");

    /// <summary>An OLE2 compound file (version 3, 512-byte sectors): the header, one FAT sector, one directory sector
    /// with the root and one stream of <paramref name="streamName"/> ("WordDocument", "PowerPoint Document",
    /// "Workbook").</summary>
    public static byte[] CompoundFile(string streamName)
    {
        var bytes = new byte[512 * 3];
        var header = bytes.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x3C..], -2);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x44..], -2);
        BinaryPrimitives.WriteInt32LittleEndian(header[0x4C..], 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(header[(0x4C + (4 * i))..], -1);
        }

        var fat = bytes.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteInt32LittleEndian(fat, -3);
        BinaryPrimitives.WriteInt32LittleEndian(fat[4..], -2);

        var directory = bytes.AsSpan(1024, 512);
        Entry(directory[..128], "Root Entry", 5);
        Entry(directory.Slice(128, 128), streamName, 2);
        return bytes;
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Docx { get; } = Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Pptx { get; } = Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("ppt/presentation.xml", "<p:presentation/>"));

    public static byte[] Odt { get; } = Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    private static void Entry(Span<byte> entry, string name, byte type)
    {
        entry.Clear();
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)nameBytes.Length);
        entry[0x42] = type;
        BinaryPrimitives.WriteInt32LittleEndian(entry[0x44..], -1);
        BinaryPrimitives.WriteInt32LittleEndian(entry[0x48..], -1);
        BinaryPrimitives.WriteInt32LittleEndian(entry[0x4C..], -1);
        BinaryPrimitives.WriteInt32LittleEndian(entry[0x74..], -2);
    }
}
