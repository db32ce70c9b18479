//! The curriculum: onboarding, the phase map, modules and their steps, the home safety
//! question, the new dad's mood check, tracks, the baby's date, the counsellor plan and this
//! week's commitments. Every action that changes something returns the screen to show next.

use super::Groundwork;
use crate::base::days::lived_day;
use crate::base::error::ApiError;
use crate::curriculum::actions;
use crate::curriculum::{
    BabyArrivalAnswer, BabyArrivalOutcome, BabyDate, CommitmentState, DadMoodCheckScreen,
    DadMoodFollowUp, ExerciseAnswer, HomeSafetyAnswer, HomeSafetyOutcome, LessonOutcome,
    LessonStepScreen, ModuleCompletionScreen, ModuleOpening, ModuleOverviewScreen,
    OnboardingChoices, OnboardingScreen, PhaseMapScreen, StartHerePath, WeekOutcome,
    WeekReviewReply, baby, dad_mood, home_safety, lesson,
};
use crate::screens::home::HomeScreen;

#[uniffi::export]
impl Groundwork {
    /// Onboarding (and later the "your path" settings): regions with one pre-selected (his
    /// choice, else a guess from `device_locale` such as "en_AU", else none), tracks, the
    /// baby's date, discreet mode, and the first time through with no lock set, the app lock
    /// offer.
    pub fn onboarding_screen(
        &self,
        device_locale: Option<String>,
    ) -> Result<OnboardingScreen, ApiError> {
        let pack = self.pack();
        let mut screen = self
            .store
            .read(|conn| actions::onboarding_screen(conn, &pack, device_locale.as_deref()))?;
        if self.app_lock_set() {
            screen.lock_offer = None;
        }
        Ok(screen)
    }

    /// Saves what he chose in onboarding, all at once, and returns the home screen.
    ///
    /// Errors: `InvalidInput` for a region or track not listed, no track, a repeated track, or a
    /// baby's date that is not a real date, a due date more than 42 weeks away or a birthday in
    /// the future or over three years ago. Nothing is saved on error.
    pub fn complete_onboarding(&self, choices: OnboardingChoices) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        let pack = self.pack();
        let home = self.store.write(|tx| {
            actions::complete_onboarding(tx, &pack, &choices, now)?;
            self.home_after(tx)
        })?;
        self.remember_region();
        Ok(home)
    }

    /// Every phase and module, with what is done, open, locked (and why) or still to come.
    pub fn phase_map(&self) -> Result<PhaseMapScreen, ApiError> {
        let today = lived_day(self.clock.now());
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| actions::phase_map(conn, &pack, today))?)
    }

    /// A module before opening it: its card, its steps with where he is, and the button.
    ///
    /// Errors: `NotFound` for a module the pack does not have.
    pub fn module_overview(&self, module_id: String) -> Result<ModuleOverviewScreen, ApiError> {
        let today = lived_day(self.clock.now());
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| actions::module_overview(conn, &pack, &module_id, today))?)
    }

    /// Opens a module where he left off (with any half-done answer), or from the top to go
    /// through a finished one again: `Step`. A module whose exercises are done together with
    /// his partner asks the home safety question first (`Question`; nothing is saved until he
    /// answers), and in the four weeks after a yes or "not sure" says why it stays closed, with
    /// help and what he can do on his own (`NotYet`).
    ///
    /// Errors: `NotFound` for a module the pack does not have; `InvalidInput { field:
    /// "module_id" }` saying what opens it, for a module that is not open yet. Nothing changes.
    pub fn open_module(&self, module_id: String) -> Result<ModuleOpening, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| lesson::open(tx, &self.pack(), &module_id, now))?)
    }

    /// Answers the home safety question (is his partner, or anyone at home, afraid of him, or
    /// have they been in the past few months?), asked by `open_module` or a completion screen.
    /// `module_id` is the question's own (the module he was opening), if it has one. A no opens
    /// the exercises done together with his partner (`Open`, with the module he was opening as
    /// the next step); a yes or "not sure" keeps them closed for four weeks (`NotYet`: why, help
    /// now at the lines for men worried they might hurt someone, with his region or a guess from
    /// `device_locale`, and what he can do on his own). The answer stays on this phone.
    ///
    /// Errors: `NotFound` for a module the pack does not have; `InvalidInput { field: "answer"
    /// }` when the question is not being asked now (answered no before, within four weeks of a
    /// yes or "not sure", or no such exercise would open yet). Nothing changes on error.
    pub fn answer_home_safety_question(
        &self,
        answer: HomeSafetyAnswer,
        module_id: Option<String>,
        device_locale: Option<String>,
    ) -> Result<HomeSafetyOutcome, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            home_safety::answer(
                tx,
                &self.pack(),
                answer,
                module_id.as_deref(),
                device_locale.as_deref(),
                now,
            )
        })?)
    }

    /// The new dad's short mood check, while home offers it (`HomeScreen::dad_mood_card`): about
    /// 13 and 26 weeks after the baby's birth, on the new-father track with a birthday. Its
    /// intro, the three questions (the two PHQ-2 questions and one on his temper) and their four
    /// answers, each with the value to send back (0 to 3).
    ///
    /// Errors: `InvalidInput { field: "answers" }` when the check is not offered now.
    pub fn dad_mood_check(&self) -> Result<DadMoodCheckScreen, ApiError> {
        let today = lived_day(self.clock.now());
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| dad_mood::screen(conn, &pack, today))?)
    }

    /// Answers the mood check: one value (0 to 3) per question, in the order
    /// `dad_mood_check` lists them. Hard answers (a PHQ-2 score of 3 or more, or his temper at
    /// "more than half the days" or more) bring help now at the new-dad lines for his region (or
    /// a guess from `device_locale`) and a word to talk to his doctor; otherwise a word of
    /// credit and a pointer back to his plan. The check is not offered again in this window.
    /// The answers stay on this phone (backup and export, never a counsellor report).
    ///
    /// Errors: `InvalidInput { field: "answers" }` for the wrong number of answers, a value
    /// outside 0 to 3, or when the check is not offered now. Nothing changes on error.
    pub fn answer_dad_mood_check(
        &self,
        answers: Vec<i32>,
        device_locale: Option<String>,
    ) -> Result<DadMoodFollowUp, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            dad_mood::answer(tx, &self.pack(), &answers, device_locale.as_deref(), now)
        })?)
    }

    /// "Not now": hides the mood check until it is offered next (about 26 weeks after the
    /// birth, after the first time). Returns the home screen.
    ///
    /// Errors: `InvalidInput { field: "answers" }` when the check is not offered now. Nothing
    /// changes on error.
    pub fn skip_dad_mood_check(&self) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            dad_mood::skip(tx, &self.pack(), now)?;
            self.home_after(tx)
        })?)
    }

    /// Goes back to an earlier step (or forward to one he reached before).
    ///
    /// Errors: `InvalidInput { field: "step_index" }` for a step not reached yet or not in the
    /// module; `InvalidInput { field: "module_id" }` for a module not opened yet.
    pub fn go_to_step(
        &self,
        module_id: String,
        step_index: u32,
    ) -> Result<LessonStepScreen, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| lesson::go_to(tx, &self.pack(), &module_id, step_index, now))?)
    }

    /// Saves a half-done answer to the open step without going on (call it as he types or picks;
    /// he finds it there when he comes back).
    ///
    /// Errors: `InvalidInput` for an answer of the wrong kind or breaking the exercise's rules,
    /// a step that is not the open one, or a step without an exercise. Nothing changes.
    pub fn save_answer(
        &self,
        module_id: String,
        step_index: u32,
        answer: ExerciseAnswer,
    ) -> Result<LessonStepScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            lesson::save_draft(tx, &self.pack(), &module_id, step_index, answer, now)
        })?)
    }

    /// Goes on from the open step with its answer (`None`: the saved draft, or skipping an
    /// optional exercise). A reflection becomes a journal entry linked to the step, a plan its
    /// living document, a commitment this week's card. After the last step the module is
    /// finished and the completion screen comes back.
    ///
    /// Errors: `InvalidInput` for a required exercise left unanswered, an answer of the wrong
    /// kind or breaking a rule, or a step that is not the open one. Nothing changes on error.
    pub fn continue_lesson(
        &self,
        module_id: String,
        step_index: u32,
        answer: Option<ExerciseAnswer>,
    ) -> Result<LessonOutcome, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| lesson::go_on(tx, &self.pack(), &module_id, step_index, answer, now))?)
    }

    /// The completion screen of a module he finished (to look at again).
    ///
    /// Errors: `NotFound` for a module the pack does not have; `InvalidInput` if it is not
    /// finished.
    pub fn module_completion(&self, module_id: String) -> Result<ModuleCompletionScreen, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .read(|conn| lesson::completion_of(conn, &self.pack(), &module_id, now))?)
    }

    /// Sets the tracks he is on (at least one). Nothing done on a track he leaves is lost.
    ///
    /// Errors: `InvalidInput` for no track, an unknown one or a repeat.
    pub fn set_tracks(&self, track_ids: Vec<String>) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        let pack = self.pack();
        Ok(self.store.write(|tx| {
            actions::set_tracks(tx, &pack, &track_ids, now)?;
            self.home_after(tx)
        })?)
    }

    /// Sets, changes (a new due date, an early birth) or removes the baby's date. Modules already
    /// done stay done; the weeks are counted again from the new date.
    ///
    /// Errors: `InvalidInput` for a date that is not real or out of range (see
    /// `complete_onboarding`).
    pub fn set_baby_date(&self, baby_date: Option<BabyDate>) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            actions::set_baby_date(tx, baby_date.as_ref(), now)?;
            self.home_after(tx)
        })?)
    }

    /// Answers "Has your baby arrived?", which home asks (`HomeScreen::baby_card`) once a due
    /// date on the new-dad track has passed with no birth recorded. `Arrived` makes the date a
    /// birthday (the modules follow the baby's age); `NotYet` keeps the due date and asks again
    /// in a few days; `Lost` stops the new-dad modules, their reminders and the mood check at
    /// once (the track is paused: `resume_track` picks it up again, only when he chooses) and
    /// returns the loss screen, with help now at the pregnancy and infant loss lines for his
    /// region (or a guess from `device_locale`). Ask for the reminder schedule again after.
    ///
    /// Errors: `InvalidInput { field: "answer" }` when he is not on the new-dad track with a due
    /// date (a loss may be told with a birthday too), or "not yet" before the due date;
    /// `InvalidInput { field: "baby_date" }` for a birthday that is not a real date, is in the
    /// future or is over three years ago. Nothing changes on error.
    pub fn answer_baby_arrival(
        &self,
        answer: BabyArrivalAnswer,
        device_locale: Option<String>,
    ) -> Result<BabyArrivalOutcome, ApiError> {
        let now = self.clock.now();
        Ok(self
            .store
            .write(|tx| baby::answer(tx, &self.pack(), &answer, device_locale.as_deref(), now))?)
    }

    /// Picks a track timed by the baby's date (the new-dad track) up again, with a new due date
    /// or birthday if he gives one, keeping his other tracks and everything done. Never
    /// prompted: it is his choice, from Your path.
    ///
    /// Errors: `InvalidInput { field: "track_id" }` for a track not timed by the baby's date;
    /// `InvalidInput { field: "baby_date" }` for a date out of range. Nothing changes on error.
    pub fn resume_track(
        &self,
        track_id: String,
        baby_date: Option<BabyDate>,
    ) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        let pack = self.pack();
        Ok(self.store.write(|tx| {
            baby::resume_track(tx, &pack, &track_id, baby_date.as_ref(), now)?;
            self.home_after(tx)
        })?)
    }

    /// Adds modules a counsellor recommended to his counsellor plan; they come first on home and
    /// open whatever their prerequisites (partner skills still wait for the "me" work, and every
    /// exercise done together with his partner for the home safety question).
    ///
    /// Errors: `InvalidInput` for no modules or more than 10, an id not in the pack, a name that
    /// is empty or over 40 characters, or a note over 140. Nothing is saved on error.
    pub fn recommend_modules(
        &self,
        module_ids: Vec<String>,
        from: String,
        note: Option<String>,
    ) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        let pack = self.pack();
        Ok(self.store.write(|tx| {
            actions::recommend_modules(tx, &pack, &module_ids, &from, note.as_deref(), now)?;
            self.home_after(tx)
        })?)
    }

    /// Reads a counsellor's code or `groundwork://recommend` link and adds its modules to his
    /// plan, "Recommended by NAME".
    ///
    /// Errors: `InvalidInput { field: "code" }` for a typo, a code for other content, modules
    /// this version lacks, or text that is not a code. Nothing is saved on error.
    pub fn accept_recommendation(&self, code: String) -> Result<HomeScreen, ApiError> {
        let received = actions::read_recommendation(&self.pack(), &code)?;
        self.recommend_modules(received.module_ids, received.from, received.note)
    }

    /// Marks one of this week's commitments done, not this time, or open again.
    ///
    /// Errors: `NotFound` for a commitment that does not exist.
    pub fn set_commitment_state(
        &self,
        id: String,
        state: CommitmentState,
    ) -> Result<HomeScreen, ApiError> {
        let now = self.clock.now();
        Ok(self.store.write(|tx| {
            lesson::set_commitment_state(tx, &id, state, now)?;
            self.home_after(tx)
        })?)
    }

    /// Answers home's week's-end question about a commitment (`HomeScreen::week_review`): done,
    /// partly or not this time. Kept with the commitment (a new answer replaces the old one), in
    /// one transaction; returns a few warm words for the answer. Home no longer asks.
    ///
    /// Errors: `NotFound` for a commitment that does not exist; `InvalidInput { field: "id" }`
    /// while its week is not over. Nothing changes on error.
    pub fn answer_week_review(
        &self,
        id: String,
        outcome: WeekOutcome,
    ) -> Result<WeekReviewReply, ApiError> {
        let now = self.clock.now();
        let language = self.language();
        Ok(self
            .store
            .write(|tx| lesson::answer_week_review(tx, language, &id, outcome, now))?)
    }

    /// The pack's "start here" paths ("Start here if things are heated": the pause plan and his
    /// safety plan), open to anyone from day one without the main path's prerequisites, with
    /// where he is on each. A module done on one is done on the main path too.
    pub fn start_here_paths(&self) -> Result<Vec<StartHerePath>, ApiError> {
        let today = lived_day(self.clock.now());
        let pack = self.pack();
        Ok(self
            .store
            .read(|conn| actions::start_here_paths(conn, &pack, today))?)
    }
}
