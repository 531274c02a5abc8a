import CProcess

/// How the C heap behaves in this process. The streaming commands allocate and free buffers of tens to
/// hundreds of kilobytes (a batch of events, a batch of results) over and over; with glibc's defaults
/// each free of the heap's top trims it and each new batch grows it again, a page fault per 4 KiB
/// (verifying 20,000 events made 5,700 of them, and spent 4% of the run in the kernel). Keeping up to
/// 64 MiB of freed memory, growing the heap 4 MiB at a time, and serving blocks under 32 MiB from the
/// heap rather than from fresh mappings ends that churn. Peak memory is what it was: this keeps what the
/// process already touched, and secrets are wiped before they are freed.
enum Heap {
    static func tune() {
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
        _ = mallopt(M_TOP_PAD, 4 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
    }
}
