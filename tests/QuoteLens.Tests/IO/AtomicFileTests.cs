using System.Text;
using QuoteLens.IO;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.IO;

public class AtomicFileTests
{
    [Fact]
    public void WritesTextAsUtf8WithoutBomAndCreatesTheFolder()
    {
        using var temp = new TempFolder();
        var path = temp.File("reports/2024/out.html");

        AtomicFile.WriteAllText(path, "«Putin’s killers» — кремль");

        Assert.Equal(Encoding.UTF8.GetBytes("«Putin’s killers» — кремль"), File.ReadAllBytes(path));
        Assert.Equal(["out.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void OverwritesAnExistingFileAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("data.bin", [1, 2, 3, 4, 5, 6]);

        AtomicFile.WriteAllBytes(path, [9, 8]);

        Assert.Equal(new byte[] { 9, 8 }, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void HonoursTheGivenEncoding()
    {
        using var temp = new TempFolder();
        var path = temp.File("utf16.txt");

        AtomicFile.WriteAllText(path, "Песков", Encoding.Unicode);

        Assert.Equal("Песков", File.ReadAllText(path));
        Assert.Equal(new byte[] { 0xFF, 0xFE }, File.ReadAllBytes(path)[..2]);
    }

    [Fact]
    public void AFailingWriterLeavesTheOldFileIntactAndNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("report.html", "old report");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of a new rep"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("renderer failed", error.Message);
        Assert.Equal("old report", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void StreamedWritesArriveWhole()
    {
        using var temp = new TempFolder();
        var path = temp.File("big.txt");
        var line = new string('x', 1000) + "\n";

        AtomicFile.Write(path, stream =>
        {
            for (int i = 0; i < 500; i++)
            {
                stream.Write(Encoding.ASCII.GetBytes(line));
            }
        });

        Assert.Equal(500 * line.Length, new FileInfo(path).Length);
    }
}
