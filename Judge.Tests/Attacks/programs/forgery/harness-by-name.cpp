// expect: WRONG_ANSWER — calls the harness's own emit() by name (the candidate's file is compiled into the harness) to write a RESULT with the right sum for every test before returning a wrong one; each test then has two records, so every test fails as forged and none is won.
#include <bits/stdc++.h>
#include <dirent.h>
using namespace std;

// The global indices of this process's tests, in the order the harness calls solution.
static vector<long> myIndices() {
    vector<long> indices;
    const char* dir = getenv("HARNESS_TESTS");
    if (DIR* d = opendir(dir != nullptr ? dir : "/sandbox/tests")) {
        while (dirent* e = readdir(d)) {
            string name = e->d_name;
            if (name.size() > 5 && name.substr(name.size() - 5) == ".json") indices.push_back(stol(name.substr(0, name.size() - 5)));
        }
        closedir(d);
    }
    sort(indices.begin(), indices.end());
    return indices;
}

long long solution(vector<int>& a) {
    static vector<long> indices = myIndices();
    static size_t call = 0;
    long long right = 0;
    for (int x : a) right += x;
    if (call < indices.size()) {
        judge_harness::emit("RESULT", indices[call], "{\"ok\":true,\"value\":" + to_string(right) + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}");
    }
    call++;
    return right + 1;
}
