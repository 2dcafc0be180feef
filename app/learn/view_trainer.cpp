// The trainer's view of a shared phone: how far every profile has come in every
// course, as bars, and the same as a CSV file for a spreadsheet.
#include <imgui.h>

#include <string>

#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/learn/lessons_loader.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/learning/profiles.hpp"

namespace hw {

void DrawTrainer(AppState& state, Platform& platform) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Learn;
  Heading(Tr(lang, Msg::TrainerHeading));
  TextWrapped(Tr(lang, Msg::TrainerHint));
  Heading(Tr(lang, Msg::TrainerProgressHeading));
  for (const Profile& profile : state.data.profiles) {
    ImGui::PushID(profile.id.c_str());
    ImGui::Separator();
    const std::string id = "trainer.profile." + profile.id;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(40, 40));
    DrawProfileAvatar(state, ImGui::GetWindowDrawList(), ImVec2(at.x + 20, at.y + 20), 20, profile);
    ImGui::SameLine();
    const std::string name = ProfileName(lang, profile);
    SayHeading(name, id);
    for (const Course& course : state.data.courses) {
      const CourseProgress p = ProgressOfCourse(state.data, profile.id, course);
      const std::string line =
          std::string(course.title.Get(code)) + ": " +
          Fill(Tr(lang, Msg::LearnMasteredOf), {FormatNumber(lang, p.mastered), FormatNumber(lang, p.lessons)});
      Say(line, id + "." + course.id);
      ProgressBar(p.lessons ? static_cast<float>(p.mastered) / static_cast<float>(p.lessons) : 0.0f, 16);
    }
    ImGui::PopID();
  }
  if (TouchButton("trainer.csv", Tr(lang, Msg::TrainerExportCsv))) {
    const std::string csv = ProgressCsv(state.data, code, platform.TimeZoneOffset());
    platform.Download("homeworks-progress-" + FormatDate(platform.Today()) + ".csv", "text/csv",
                      std::span(reinterpret_cast<const std::uint8_t*>(csv.data()), csv.size()));
  }
  ImGui::Dummy(ImVec2(0, 8));
  // Lesson packs travel as files: a trainer shares a course, or adds one made elsewhere.
  Heading(Tr(lang, Msg::TrainerPacksHeading));
  TextWrapped(Tr(lang, Msg::TrainerPacksHint));
  if (TouchButton("trainer.import", Tr(lang, Msg::TrainerImport)))
    platform.ChooseFile(FilePurpose::LessonImport, ".json");
  if (ChoiceButton("trainer.editor", Tr(lang, Msg::EditorOpen), ChoiceLook::Plain)) OpenLessonEditor(state);
  for (const Course& course : state.data.courses) {
    const std::string id = "trainer.export." + course.id;
    if (ChoiceButton(id.c_str(), Fill(Tr(lang, Msg::TrainerExport), {course.title.Get(code)}), ChoiceLook::Plain)) {
      const std::string pack = ExportLessonPack({course});
      platform.Download(course.id + ".json", "application/json",
                        std::span(reinterpret_cast<const std::uint8_t*>(pack.data()), pack.size()));
    }
  }
}

}  // namespace hw
