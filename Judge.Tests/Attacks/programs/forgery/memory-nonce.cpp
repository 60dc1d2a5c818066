// expect: WRONG_ANSWER — scans its own heap (/proc/self/maps) for 32-hex-digit strings such as the run's nonce, writes a record claiming the right sum with each to fds 1-9, then returns a wrong value; a record the candidate can forge must not decide the verdict.
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

namespace {

bool isHex(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// Runs of exactly 32 lowercase hex digits in the process's own anonymous read-write memory.
vector<string> nonceCandidates() {
    // The map is read first, then scanned: nothing is allocated between reading a region's bounds
    // and reading the region, except the (tiny) set of findings.
    vector<pair<unsigned long, unsigned long>> regions;
    {
        ifstream maps("/proc/self/maps");
        string line;
        while (getline(maps, line)) {
            unsigned long lo = 0, hi = 0, offset = 0, inode = 0;
            char perms[8] = {};
            char dev[16] = {};
            char path[256] = {};
            int fields = sscanf(line.c_str(), "%lx-%lx %7s %lx %15s %lu %255s", &lo, &hi, perms, &offset, dev, &inode, path);
            if (fields < 6 || perms[0] != 'r' || perms[1] != 'w' || inode != 0) continue;
            if (fields == 7 && string(path) != "[heap]" && string(path) != "[stack]") continue;  // no [vvar] and such
            if (hi - lo > (128UL << 20)) continue;  // untouched reservations (thread stacks) hold nothing
            regions.emplace_back(lo, hi);
        }
    }
    set<string> found;
    for (auto [lo, hi] : regions) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(lo);
        size_t n = hi - lo, run = 0;
        for (size_t i = 0; i <= n && found.size() < 64; i++) {
            if (i < n && isHex(p[i])) {
                run++;
                continue;
            }
            if (run == 32) found.insert(string(reinterpret_cast<const char*>(p + i - 32), 32));
            run = 0;
        }
    }
    return vector<string>(found.begin(), found.end());
}

long forgedIndex = 0;

}  // namespace

long long solution(vector<int>& a) {
    long long right = 0;
    for (int x : a) right += x;
    string payload = "{\"ok\":true,\"value\":" + to_string(right) + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}";
    for (const string& nonce : nonceCandidates()) {
        string record = "@@" + nonce + " RESULT " + to_string(forgedIndex) + " " + payload + "\n";
        for (int fd = 1; fd < 10; fd++) {  // the harness's record descriptor is one of these
            ssize_t ignored = write(fd, record.data(), record.size());
            (void)ignored;
        }
    }
    forgedIndex++;
    return right + 1;
}
