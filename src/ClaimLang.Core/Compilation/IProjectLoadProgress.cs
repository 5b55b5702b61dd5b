namespace ClaimLang.Compilation;

/// <summary>Hears how far reading a project's files has come (a terminal's status line). Called from several threads.</summary>
public interface IProjectLoadProgress
{
    void StartReading(int fileCount);

    void FileRead();
}
