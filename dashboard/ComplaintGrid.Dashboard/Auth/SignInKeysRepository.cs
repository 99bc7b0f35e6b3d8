using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Dashboard.Auth;

/// <summary>Points data protection at <see cref="SignInKeysOptions.Directory"/> when it is set (what <c>PersistKeysToFileSystem</c> does, but from configuration).</summary>
internal sealed class SignInKeysRepository(IOptions<SignInKeysOptions> keys, ILoggerFactory loggerFactory) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        if (keys.Value.Directory is { } directory)
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(directory), loggerFactory);
    }
}
