#include "shared/core/result.hpp"

namespace hw {

std::string Describe(const Error& error, Language language) {
  std::string out;
  if (error.line > 0) {
    out += Tr(language, Msg::LabelLine);
    out += ' ';
    out += std::to_string(error.line);
  }
  if (!error.field.empty()) {
    if (!out.empty()) out += ", ";
    out += Tr(language, Msg::LabelField);
    out += ' ';
    out += error.field;
  }
  if (!out.empty()) out += ": ";
  out += Tr(language, error.message);
  if (!error.detail.empty()) {
    out += " (";
    out += error.detail;
    out += ')';
  }
  return out;
}

}  // namespace hw
