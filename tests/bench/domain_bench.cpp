// Prints, for 1,000 / 10,000 / 100,000 generated products: the time to build the search
// index and to see that a change left the catalogue alone ("changed ms"), search latency
// (median and p95 over a set of typical queries), snapshot save and load time, snapshot
// size and peak memory. Targets at 100,000: search <= 5 ms median, save and load
// <= 300 ms each, snapshot <= 20 MB without photos.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "shared/catalogue/search.hpp"
#include "shared/storage/snapshot.hpp"
#include "tests/bench/product_generator.hpp"

#if defined(__linux__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__) || defined(__EMSCRIPTEN__)
#include <malloc.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

double Milliseconds(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double Percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[index];
}

long PeakMemoryKb() {
#if defined(__linux__) || defined(__APPLE__)
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
#elif defined(__wasm__)
  // Wasm memory only grows: its size now is the peak, in 64 KiB pages.
  return static_cast<long>(__builtin_wasm_memory_size(0) * 64);
#else
  return 0;
#endif
}

// Bytes allocated now (with the allocator's own overhead), to weigh what a structure holds.
double AllocatedMb() {
#if defined(__GLIBC__)
  const struct mallinfo2 info = mallinfo2();
  return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);  // heap and mmapped blocks
#elif defined(__EMSCRIPTEN__)
  return static_cast<double>(mallinfo().uordblks) / (1024.0 * 1024.0);
#else
  return 0;
#endif
}

std::vector<hw::SearchQuery> Queries() {
  std::vector<hw::SearchQuery> queries;
  for (const char* text :
       {"kantha",      "silk scarf",   "basket",        "bamboo tray", "indigo", "kanth",    "quilt red",
        "ผ้าไหม",       "कांथा",         "women village", "song",        "thêu",   "jute bag", "rattan lamp",
        "design 1234", "batik sarong", "natural dyes",  "a",           "cotton", ""}) {
    hw::SearchQuery q;
    q.text = text;
    q.limit = 50;
    queries.push_back(q);
  }
  hw::SearchQuery& filtered = queries.emplace_back();
  filtered.text = "basket";
  filtered.country = "TH";
  filtered.stock = hw::StockFilter::InStock;
  filtered.sort = hw::SortOrder::PriceLowToHigh;
  filtered.limit = 50;
  hw::SearchQuery& priced = queries.emplace_back();
  priced.priceCurrency = "INR";
  priced.minPriceMinor = 100000;
  priced.maxPriceMinor = 500000;
  priced.maxMinOrder = 10;
  priced.sort = hw::SortOrder::Newest;
  priced.limit = 50;
  return queries;
}

}  // namespace

// `domain_bench --write-backup COUNT FILE`: the generated catalogue as a backup file,
// which the browser benchmarks restore through Settings like a person would.
int WriteBackup(std::size_t count, const char* path) {
  hw::AppData data = hw::bench::GenerateCatalogue(count);
  data.settings.demoLoaded = true;
  const std::string bytes = hw::SnapshotBytes(data);
  std::FILE* out = std::fopen(path, "wb");
  if (!out || std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fclose(out) != 0) {
    std::fprintf(stderr, "could not write %s\n", path);
    return 1;
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--write-backup")
    return WriteBackup(static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10)), argv[3]);
  std::vector<std::size_t> sizes = {1000, 10000, 100000};
  if (argc > 1) sizes = {static_cast<std::size_t>(std::strtoull(argv[1], nullptr, 10))};
  std::printf("%10s %10s %10s %10s %10s %10s %10s %10s %12s %10s %10s %10s\n", "products", "index ms", "changed ms",
              "search p50", "search p95", "save ms", "load ms", "size MB", "words", "data MB", "index MB", "peak MB");
  for (const std::size_t count : sizes) {
    const double before = AllocatedMb();
    const hw::AppData data = hw::bench::GenerateCatalogue(count);
    const double dataMb = AllocatedMb() - before;

    auto start = Clock::now();
    const hw::SearchIndex index = hw::SearchIndex::Build(data, "en");
    const double indexMs = Milliseconds(start);
    const double indexMb = AllocatedMb() - before - dataMb;
    // What a change elsewhere in the state costs the Shop: the catalogue's fingerprint,
    // which tells that the index can stay.
    start = Clock::now();
    const std::uint64_t fingerprint = hw::CatalogueFingerprint(data);
    const double fingerprintMs = Milliseconds(start);

    std::vector<double> latencies;
    std::size_t hits = 0;
    const auto queries = Queries();
    for (int round = 0; round < 5; ++round) {
      for (const hw::SearchQuery& query : queries) {
        start = Clock::now();
        hits += index.Search(query).size();
        latencies.push_back(Milliseconds(start));
      }
    }

    start = Clock::now();
    const std::string snapshot = hw::SnapshotBytes(data);
    const double saveMs = Milliseconds(start);
    start = Clock::now();
    const auto loaded =
        hw::LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(snapshot.data()), snapshot.size()));
    const double loadMs = Milliseconds(start);
    if (!loaded.ok() || loaded.value().products.size() != count) {
      std::fprintf(stderr, "snapshot did not load back\n");
      return 1;
    }
    std::printf("%10zu %10.1f %10.1f %10.3f %10.3f %10.1f %10.1f %10.2f %12zu %10.1f %10.1f %10.1f\n", count, indexMs,
                fingerprintMs, Percentile(latencies, 0.5), Percentile(latencies, 0.95), saveMs, loadMs,
                static_cast<double>(snapshot.size()) / (1024.0 * 1024.0), index.WordCount(), dataMb, indexMb,
                static_cast<double>(PeakMemoryKb()) / 1024.0);
    if (hits == 0) std::printf("(no hits?)\n");
    if (fingerprint == 0) std::printf("(fingerprint 0?)\n");  // uses it: the timing is not optimised away
  }
  return 0;
}
