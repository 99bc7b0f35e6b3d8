using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ComplaintGrid.Api.Auth.Sessions;

/// <summary>
/// Data protection's key ring in <see cref="ISignInKeyRingGrain"/>: where the deployment keeps its data (the SQLite
/// file of the embedded profile, the PostgreSQL database of a cluster), one ring for every host.
/// </summary>
/// <remarks>
/// The interface is synchronous; data protection calls it when it first protects or reads a cookie and when it
/// refreshes its cached ring (about daily), never per request.
/// </remarks>
internal sealed class GrainKeyRingRepository(IGrainFactory grains) : IXmlRepository
{
    private ISignInKeyRingGrain Ring => grains.GetGrain<ISignInKeyRingGrain>(0);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Ring.GetAll().GetAwaiter().GetResult().Select(e => XElement.Parse(e.Xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        Ring.Store(new SignInKeyElement(friendlyName, element.ToString(SaveOptions.DisableFormatting))).GetAwaiter().GetResult();
}
