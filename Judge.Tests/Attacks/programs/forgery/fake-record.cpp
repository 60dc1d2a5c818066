// expect: WRONG_ANSWER — prints fake "@@<nonce> RESULT" records claiming the right sum (cout, printf and raw writes to fds 1-9), then returns a wrong value; without the run's secret nonce the records are ignored.
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

static int forgedIndex = 0;

long long solution(vector<int>& a) {
    long long right = 0;
    for (int x : a) right += x;
    string record = "{\"ok\":true,\"value\":" + to_string(right) + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}";
    string lines;
    for (const string& nonce : {string(32, '0'), string(), string(32, 'f')}) {
        for (int i = forgedIndex; i < forgedIndex + 4; i++) lines += "@@" + nonce + " RESULT " + to_string(i) + " " + record + "\n";
    }
    forgedIndex++;
    cout << lines << flush;
    printf("%s", lines.c_str());
    fflush(stdout);
    for (int fd = 1; fd < 10; fd++) {  // stdout, stderr and whatever the harness dup()ed
        ssize_t ignored = write(fd, lines.data(), lines.size());
        (void)ignored;
    }
    return right + 1;
}
