// expect: OK — connects to the Docker API on the default bridge gateway 172.17.0.1:2375 (non-blocking, 1 s limit); with network none there is no route, so it fails and the sum is returned.
#include <bits/stdc++.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
using namespace std;

static bool canConnect(const char* ip, int port, int timeoutMs) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, ip, &addr.sin_addr);
    bool ok = false;
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        ok = true;
    } else if (errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        if (poll(&p, 1, timeoutMs) == 1) {
            int err = 0;
            socklen_t len = sizeof err;
            ok = getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0;
        }
    }
    close(fd);
    return ok;
}

static int reached = -1;  // once per process: later tests reuse the answer

long long solution(vector<int>& a) {
    if (reached < 0) reached = canConnect("172.17.0.1", 2375, 1000) ? 1 : 0;
    if (reached) return -424242;
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
