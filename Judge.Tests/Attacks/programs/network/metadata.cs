// expect: OK — connects to the cloud metadata service (169.254.169.254:80, 1 s limit); with network none it is unreachable, so the sum is returned.
using System;
using System.Net;
using System.Net.Sockets;

class Solution
{
    private static bool? s_reached; // once per process: later tests reuse the answer

    private static bool ReachesMetadata()
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var connect = socket.ConnectAsync(new IPEndPoint(IPAddress.Parse("169.254.169.254"), 80));
            return connect.Wait(1000) && socket.Connected; // no answer within 1 s counts as blocked
        }
        catch (Exception)
        {
            return false; // SocketException (network unreachable), wrapped or not: blocked
        }
    }

    public long solution(int[] a)
    {
        s_reached ??= ReachesMetadata();
        if (s_reached.Value) return -424242;
        long sum = 0;
        foreach (var x in a) sum += x;
        return sum;
    }
}
