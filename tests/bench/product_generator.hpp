#pragma once
// Deterministic catalogues of any size for the benchmark: groups in the region's
// countries, products with names in several languages and scripts, descriptions,
// tags, variants, prices and stock. The same count always gives the same data.
#include <cstddef>

#include "shared/model.hpp"

namespace hw::bench {

AppData GenerateCatalogue(std::size_t productCount, std::uint64_t seed = 42);

}  // namespace hw::bench
