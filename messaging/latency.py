"""Log-scale latency buckets: bucket b holds latencies in [G**b - 1, G**(b+1) - 1) milliseconds.

With G = 1.02 a percentile read from the histogram is within about 1% of the exact value, and a
campaign of any size needs at most ~1,000 rows (latencies up to days).
"""

import math
from collections.abc import Iterable

GROWTH = 1.02
_LOG_GROWTH = math.log(GROWTH)


def latency_bucket(milliseconds: float) -> int:
    return int(math.log1p(max(milliseconds, 0.0)) / _LOG_GROWTH)


def bucket_value(bucket: int) -> float:
    """A representative latency for a bucket: its geometric middle."""
    return GROWTH ** (bucket + 0.5) - 1


def histogram_percentile(buckets: list[tuple[int, int]], fraction: float) -> float | None:
    """Percentile from (bucket, count) pairs sorted by bucket; None when empty."""
    total = sum(count for _, count in buckets)
    if total == 0:
        return None
    rank = max(1, math.ceil(fraction * total))
    seen = 0
    for bucket, count in buckets:
        seen += count
        if seen >= rank:
            return round(bucket_value(bucket), 1)
    return round(bucket_value(buckets[-1][0]), 1)


def histogram_coarse(buckets: Iterable[tuple[int, int]]) -> list[dict[str, float | int]]:
    """Fold fine buckets into powers of two (≤1 ms, ≤2 ms, ≤4 ms, …) for a chart."""
    folded: dict[int, int] = {}
    for bucket, count in buckets:
        upper = GROWTH ** (bucket + 1) - 1
        power = max(0, math.ceil(math.log2(max(upper, 1.0))))
        folded[power] = folded.get(power, 0) + count
    return [{"le_ms": 2**power, "count": folded[power]} for power in sorted(folded)]
