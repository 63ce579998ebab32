import random

import pytest

from messaging.latency import histogram_coarse, histogram_percentile, latency_bucket


def exact_percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(fraction * len(ordered) + 0.999999) - 1)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_histogram_percentiles_are_within_two_percent_of_exact(seed: int) -> None:
    rng = random.Random(seed)
    values = [rng.lognormvariate(5, 1.2) for _ in range(20_000)]
    counts: dict[int, int] = {}
    for value in values:
        counts[latency_bucket(value)] = counts.get(latency_bucket(value), 0) + 1
    buckets = sorted(counts.items())
    for fraction in (0.5, 0.95, 0.99):
        estimate = histogram_percentile(buckets, fraction)
        exact = exact_percentile(values, fraction)
        assert estimate is not None
        assert abs(estimate - exact) / exact < 0.02, (fraction, estimate, exact)


def test_empty_histogram_has_no_percentile() -> None:
    assert histogram_percentile([], 0.5) is None


def test_coarse_histogram_folds_into_powers_of_two() -> None:
    buckets = [(latency_bucket(0.5), 2), (latency_bucket(3), 1), (latency_bucket(1000), 4)]
    coarse = histogram_coarse(buckets)
    assert sum(row["count"] for row in coarse) == 7
    assert [row["le_ms"] for row in coarse] == sorted(row["le_ms"] for row in coarse)
    assert coarse[-1]["le_ms"] == 1024
