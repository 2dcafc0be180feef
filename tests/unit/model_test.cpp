#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "shared/core/base64.hpp"
#include "shared/core/hash.hpp"
#include "shared/core/validation.hpp"
#include "shared/model.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("model");

TEST_CASE("app data finds records by id and creates progress once") {
  AppData data = test::SampleData();
  CHECK(data.FindGroup(data.groups[0].id) == &data.groups[0]);
  CHECK(data.FindProduct("nope") == nullptr);
  CHECK(data.FindOrder(data.orders[0].id) != nullptr);
  const std::size_t before = data.progress.size();
  Progress& a = data.ProgressFor("p", "l");
  a.attempts = 3;
  CHECK(data.ProgressFor("p", "l").attempts == 3);
  CHECK(data.progress.size() == before + 1);
}

TEST_CASE("the sample records are valid") {
  const AppData data = test::SampleData();
  CHECK(Validate(data.groups[0]).empty());
  CHECK(Validate(data.products[0]).empty());
  CHECK(Validate(data.products[1]).empty());
  CHECK(ValidateShape(data.orders[0]).empty());
  CHECK(Validate(data.courses[0]).empty());
  CHECK(Validate(data.profiles[0]).empty());
}

TEST_SUITE_END();
