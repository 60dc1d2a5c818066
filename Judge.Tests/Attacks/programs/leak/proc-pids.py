# expect: OK — counts the processes visible in /proc and looks for host daemons (dockerd, containerd, postgres, the worker); the PID namespace shows only this container, so the sum is returned.
import os

HOST_ONLY = {"dockerd", "containerd", "containerd-shim", "containerd-shim-runc-v2", "postgres", "systemd", "sshd", "Judge.Worker", "Judge.Api", "kubelet"}


def solution(a):
    pids = [name for name in os.listdir("/proc") if name.isdigit()]
    if len(pids) > 64:
        return -424242  # more than the pids limit allows inside: these are the host's
    for pid in pids:
        try:
            with open(f"/proc/{pid}/comm") as f:
                comm = f.read().strip()
        except OSError:
            continue
        if comm in HOST_ONLY:
            return -424242
    return sum(a)
