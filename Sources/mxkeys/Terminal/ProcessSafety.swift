import CProcess

#if canImport(Glibc)
import Glibc
#endif

/// What every run does first, before an argument is parsed or a secret read.
enum ProcessSafety {
    static func harden() {
        // No core dump may hold a key or a passphrase (a SIGQUIT during `keystore export` used to dump two
        // copies of it): the process is made non-dumpable and its core size limit 0, as ssh-agent and
        // gpg-agent do. Non-dumpable also stops other processes of the same user from attaching with
        // ptrace or reading /proc/PID/mem.
        _ = mxkeys_set_dumpable(0)
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)

        // Descriptors 0, 1 and 2 must be open, or the next file opened (the keystore's lock, an output
        // file) would become standard output and receive what is printed. A closed one gets /dev/null
        // opened the wrong way round, so that reading a closed standard input and writing a closed standard
        // output still fail ("bad file descriptor"), as they would have.
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY) != fd {
                Stderr.line("mxkeys: descriptor \(fd) is closed and /dev/null cannot stand in for it")
                exit(ExitStatus.badInput)
            }
        }

        // A reader that goes away (`| head`) is reported like any other failed write to standard output,
        // not a silent death by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }
}
