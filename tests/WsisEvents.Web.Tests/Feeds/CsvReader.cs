using System.Text;

namespace WsisEvents.Web.Tests.Feeds;

/// <summary>An RFC 4180 reader, as a spreadsheet program reads the export: records end with CRLF, a quoted field
/// may hold commas, line breaks and doubled quotes.</summary>
public static class CsvReader
{
    public static List<List<string>> Read(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                for (i++; ; i++)
                {
                    Assert.True(i < csv.Length, "A quoted field is not closed.");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            i++;
                            break;
                        }
                    }
                    else
                    {
                        field.Append(csv[i]);
                    }
                }
            }
            else if (csv[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r')
            {
                Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', "A bare CR outside quotes.");
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', csv[i]);
                Assert.NotEqual('"', csv[i]);
                field.Append(csv[i]);
                i++;
            }
        }

        Assert.True(record.Count == 0 && field.Length == 0, "The last record does not end with CRLF.");
        return records;
    }
}
