//! What the benches share: reading one document over and over for two seconds.

use std::time::{Duration, Instant};
use yusuan_read::Reading;

/// The time of `run` (the mean over 2 s of runs). Not every bench uses it.
#[allow(dead_code)]
pub fn time(mut run: impl FnMut()) -> Duration {
    let mut runs = 0u32;
    let start = Instant::now();
    loop {
        run();
        runs += 1;
        if start.elapsed() >= Duration::from_secs(2) {
            return start.elapsed() / runs;
        }
    }
}

/// The time of one read + facts of `bytes` (the mean over 2 s of runs), and the last reading.
pub fn time_reading(bytes: &[u8]) -> (Duration, Reading) {
    let mut runs = 0u32;
    let start = Instant::now();
    loop {
        let r = yusuan_read::read_bytes(std::hint::black_box(bytes)).expect("reads");
        runs += 1;
        if start.elapsed() >= Duration::from_secs(2) {
            return (start.elapsed() / runs, r);
        }
    }
}
