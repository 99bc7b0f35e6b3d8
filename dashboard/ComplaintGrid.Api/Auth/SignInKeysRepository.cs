using ComplaintGrid.Api.Auth.Sessions;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintGrid.Api.Auth;

/// <summary>
/// Points data protection at the deployment's store (<see cref="GrainKeyRingRepository"/>), or at
/// <see cref="SignInKeysOptions.Directory"/> when one is set; never at the machine's default directory.
/// </summary>
internal sealed class SignInKeysRepository(IOptions<SignInKeysOptions> keys, IServiceProvider services, ILoggerFactory loggerFactory)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options) =>
        options.XmlRepository = keys.Value.Directory is { } directory
            ? new FileSystemXmlRepository(new DirectoryInfo(directory), loggerFactory)
            : new GrainKeyRingRepository(services.GetRequiredService<IGrainFactory>());
}
