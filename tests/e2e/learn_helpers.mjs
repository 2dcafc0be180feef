// Taking lessons and quizzes by tapping, as a learner who knows the answers: the
// answers come from the lesson pack itself (assets/lessons).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo, tap, findWidget } from './harness.mjs';

export function readCourse(file) {
  return JSON.parse(readFileSync(join(repo, 'assets', 'lessons', file), 'utf8')).courses[0];
}

// Waits until the widget `id` shows `label` (a screen changed after a tap).
export async function waitLabel(page, id, label, timeout = 10000) {
  await page.waitForFunction(([id, label]) => window.homeworks.widgets().some(w => w.id === id && w.label === label),
    [id, label], { timeout });
}

// Typing into a field: the same patient helper as the My group tests.
export { typeInto } from './patient.mjs';

// The step shown ("Step 2 of 5" -> 2).
async function currentStep(page) {
  const label = (await findWidget(page, 'lesson.counter')).label;
  return Number(/(\d+) of/.exec(label)[1]);
}

// From the course's page: opens the lesson, goes through every step with Next, answers
// the quiz (all right, or the first question wrong) and returns to the course.
export async function takeLesson(page, lesson, { firstWrong = false } = {}) {
  await tap(page, `learn.lesson.${lesson.id}`);
  const n = lesson.steps.length;
  for (let i = await currentStep(page); i < n; ++i) {
    await tap(page, 'lesson.next');
    await waitLabel(page, 'lesson.counter', `Step ${i + 1} of ${n}`);
  }
  await tap(page, 'lesson.next');  // "Start the quiz"
  const questions = lesson.quiz.questions;
  for (let q = 0; q < questions.length; ++q) {
    await waitLabel(page, 'quiz.counter', `Question ${q + 1} of ${questions.length}`);
    const question = questions[q];
    const wrong = firstWrong && q === 0;
    switch (question.kind) {
      case 'single-choice': {
        const pick = wrong ? (question.correct + 1) % question.options.length : question.correct;
        await tap(page, `quiz.option.${pick}`);
        break;
      }
      case 'true-false': await tap(page, `quiz.option.${question.correct !== wrong ? 1 : 0}`); break;
      case 'multiple-choice':
        for (const i of wrong ? [question.correct[0]] : question.correct) await tap(page, `quiz.option.${i}`);
        if (wrong && question.correct.length === 1) await tap(page, `quiz.option.${(question.correct[0] + 1) % question.options.length}`);
        break;
      case 'put-in-order': {
        // Shown with the right order turned by one: the last item belongs on top.
        const count = question.options.length;
        if (!wrong) {
          for (let pos = count - 1; pos > 0; --pos) {
            await tap(page, `quiz.up.${pos}`);
            await waitLabel(page, `quiz.item.${pos - 1}`, `${pos}. ${question.options[0].en}`);
          }
        }
        break;
      }
    }
    await tap(page, 'quiz.check');
    await findWidget(page, 'quiz.feedback');
    assert(wrong === ((await findWidget(page, 'quiz.feedback')).label !== 'Right!'), `question ${question.id} was answered ${wrong ? 'wrong' : 'right'}`);
    await tap(page, 'quiz.next');
  }
  await findWidget(page, 'quiz.score');
  const score = (await findWidget(page, 'quiz.score')).label;
  await tap(page, 'quiz.done');
  await findWidget(page, `learn.lesson.${lesson.id}.status`);
  return score;
}

function assert(ok, message) {
  if (!ok) throw new Error(message);
}
