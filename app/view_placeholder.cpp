#include <imgui.h>

#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widget_registry.hpp"
#include "app/widgets.hpp"

namespace hw {

void DrawPlaceholder(AppState& state, Msg title) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, title));
  TextWrapped(Tr(lang, Msg::ComingSoon));
}

void DrawLearnPlaceholder(AppState& state) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  DrawPlaceholder(state, Msg::HomeLearn);
  ImGui::Spacing();
  Heading(Tr(lang, Msg::LearnCoursesHeading));
  for (const Course& course : state.data.courses) {
    ImGui::PushID(course.id.c_str());
    ImGui::Separator();
    const std::string id = "learn.course." + course.id;
    const std::string title(course.title.Get(code));
    TextWrapped(title);
    PublishLastItem(title + "###" + id);
    const std::string count = std::string(Tr(lang, Msg::LearnLessons)) + ": " + std::to_string(course.lessons.size());
    Text(count);
    PublishLastItem(count + "###" + id + ".lessons");
    ImGui::PopID();
  }
}

}  // namespace hw
