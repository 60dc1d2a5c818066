// expect: OK — with SIGXFSZ ignored, writes one file past the 16 MiB fsize limit, then 1 MiB files until /tmp (64 MB tmpfs) is full; the writes fail with EFBIG/ENOSPC, so the sum is still returned.
#include <bits/stdc++.h>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
using namespace std;

// Writes 1 MiB chunks to path until a write fails or limitMb is reached; returns the MiB written.
static int fillFile(const string& path, int limitMb) {
    static vector<char> chunk(1 << 20, static_cast<char>(0xa5));
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return 0;
    int written = 0;
    while (written < limitMb) {
        ssize_t n = write(fd, chunk.data(), chunk.size());
        if (n != static_cast<ssize_t>(chunk.size())) break;  // EFBIG, ENOSPC or a short write
        written++;
    }
    close(fd);
    return written;
}

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    signal(SIGXFSZ, SIG_IGN);  // past the fsize limit write() fails with EFBIG instead of killing us
    mkdir("/tmp/fill", 0700);
    int big = fillFile("/tmp/fill/big", 64);
    if (big > 16) return -424242;  // one file grew past 16 MiB: no fsize limit
    int total = big;
    for (int i = 0; i < 200; i++) {
        int n = fillFile("/tmp/fill/part-" + to_string(i), 1);
        total += n;
        if (n == 0) break;
    }
    if (total > 80) return -424242;  // more than the 64 MB tmpfs could hold: no size limit
    return sum;
}
