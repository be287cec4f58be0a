using System.Net;
using System.Net.Sockets;

namespace OrleansExperiments.EndToEnd.Tests.Support;

/// <summary>Loopback ports nothing listens on, so parallel test classes never share a silo.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
