// The app's search index as a wasm module for tests/bench/search_peers_bench.mjs, which
// runs it beside the JavaScript search libraries a web developer would pick, in the
// same page, on the same generated products and the same queries. Not shipped.
//   hw_peers_generate(count)  the generated catalogue; returns its products as JSON
//                             ([{id, name, description, tags, category, materials, sku}],
//                             every language's text of a field joined by spaces)
//   hw_peers_build()          builds the index; returns the MB it holds
//   hw_peers_search(text)     runs one query (50 results at most); returns the hit count
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string>

#include "shared/catalogue/search.hpp"
#include "tests/bench/product_generator.hpp"

namespace {

hw::AppData data;
hw::SearchIndex searchIndex;
std::string documents;

double AllocatedMb() { return static_cast<double>(mallinfo().uordblks) / (1024.0 * 1024.0); }

std::string Joined(const hw::LocalizedText& text) {
  std::string all;
  for (const hw::LocalizedText::Entry entry : text) {
    if (!all.empty()) all += ' ';
    all += entry.text;
  }
  return all;
}

std::string Joined(const std::vector<std::string>& words) {
  std::string all;
  for (const std::string& word : words) {
    if (!all.empty()) all += ' ';
    all += word;
  }
  return all;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* hw_peers_generate(int count) {
  data = hw::bench::GenerateCatalogue(static_cast<std::size_t>(count));
  searchIndex = {};
  namespace json = rapidjson;
  json::StringBuffer buffer;
  json::Writer<json::StringBuffer> out(buffer);
  out.StartArray();
  std::size_t number = 0;
  for (const hw::Product& product : data.products) {
    const auto field = [&out](const char* key, const std::string& value) {
      out.Key(key);
      out.String(value.data(), static_cast<json::SizeType>(value.size()));
    };
    out.StartObject();
    out.Key("id");
    out.Uint64(number++);
    field("name", Joined(product.name));
    field("description", Joined(product.description));
    field("tags", Joined(product.tags));
    field("category", product.category);
    field("materials", Joined(product.materials));
    field("sku", product.sku);
    out.EndObject();
  }
  out.EndArray();
  documents = buffer.GetString();
  return documents.c_str();
}

EMSCRIPTEN_KEEPALIVE void hw_peers_drop_documents() { std::string().swap(documents); }

EMSCRIPTEN_KEEPALIVE double hw_peers_build() {
  searchIndex = {};
  const double before = AllocatedMb();
  searchIndex = hw::SearchIndex::Build(data, "en");
  return AllocatedMb() - before;
}

EMSCRIPTEN_KEEPALIVE int hw_peers_search(const char* text) {
  hw::SearchQuery query;
  query.text = text;
  query.limit = 50;
  return static_cast<int>(searchIndex.Search(query).size());
}

}  // extern "C"
