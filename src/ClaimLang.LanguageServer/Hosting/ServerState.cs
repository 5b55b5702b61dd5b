namespace ClaimLang.LanguageServer.Hosting;

/// <summary>Where the server is in the protocol's lifecycle: requests are answered only while it is running.</summary>
internal enum ServerState
{
    /// <summary>Waiting for initialize; other requests fail with ServerNotInitialized.</summary>
    Starting,

    /// <summary>Initialized: every request is answered.</summary>
    Running,

    /// <summary>After shutdown: only exit is expected; requests fail with InvalidRequest.</summary>
    ShuttingDown,
}
