#include <imgui.h>

#include <string>
#include <string_view>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace hw {

void DrawSamples(AppState&) {
  constexpr text::TextStyle kStyle{24.0f, text::Weight::Regular};
  const auto sample = [&](std::string_view code, const std::string& text) {
    const ImVec2 size = MeasureText(text, kStyle);
    const ImVec2 box(size.x + 32, size.y + 16);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string label = text + "###sample." + std::string(code);
    ImGui::InvisibleButton(label.c_str(), box);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), IM_COL32(255, 255, 255, 255));
    DrawText(draw, ImVec2(pos.x + 16, pos.y + 8), IM_COL32(0, 0, 0, 255), text, kStyle);
  };
  // One language per script (and Vietnamese for its stacked diacritics). Each line
  // mixes in digits and a Latin word, so font fallback and bidi order are compared
  // too. (No space inside the Latin part: a browser takes spaces from the first font
  // of its list, the app from the run around them.)
  constexpr Language kSamples[] = {Language::English, Language::Hindi, Language::Bengali, Language::Thai,
                                   Language::Khmer,   Language::Lao,   Language::Urdu,    Language::Vietnamese};
  for (const Language lang : kSamples)
    sample(Info(lang).code, std::string(Info(lang).nativeName) + ": " + std::string(Tr(lang, Msg::HomeLearnHint)) +
                                " 2026 (" + std::string(Tr(lang, Msg::AppName)) + ")");
  // Latin letters the first load's font lacks: a romanised Hindi name drawn from
  // letters and marks, and Hausa's hooked letters from the font fetched for them.
  sample("iast", "Kṛṣṇa Ḍhākā, Vārāṇasī 2026");
  sample("latn-ext", "Hausa: ɗan ƙasa, ɓaure 2026");
}

}  // namespace hw
