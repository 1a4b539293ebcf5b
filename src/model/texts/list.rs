//! Every text the interface shows, by name: the enum and its list, declared together.

/// Declares the enum and its list together, so a text cannot be left out of `ALL`.
macro_rules! texts {
    ($($name:ident),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Text {
            $($name),*
        }

        impl Text {
            /// Every text, for the host test that checks them all.
            pub const ALL: &'static [Text] = &[$(Text::$name),*];
        }
    };
}

texts! {
    MayRestate, PlanFromText, PlanFromTextHint, ExtractTargets, CreatePlan, DraftKeep,
    DraftsFound, NoDrafts, Confidence, DraftPlanName, DraftPlanDefault, DraftNotCreated,
    NothingKept, KindChangePerYear, KindFlow, DirPlain, Ambiguous, DirAbout, DirRange,
    FieldHigh, PlanLabel, NewPlan, NewPlanName, EditPlan, DeletePlan, ExportPlan,
    ImportPlan, PlanImported, PlanImportFailed, PlanEditor, PlanEditorHint, PlanCopied,
    AddIndicator, RemoveIndicator, AsideNote, SharePlanNote, FieldTitleVi, FieldTitleEn,
    FieldNumber, FieldCommuneVi, FieldCommuneEn, FieldBaseYear, FieldHorizon, FieldNameVi,
    FieldNameEn, FieldUnitVi, FieldUnitEn, FieldKind, FieldDirection, FieldValue, FieldYear,
    FieldEachYear, FieldCeiling, FieldInteger, FieldBaseline, FieldIllustrative,
    FieldParameter, FieldSpread, FieldText, FieldNoteVi, FieldNoteEn, KindLevel, KindRate,
    KindGrowth, KindChange, KindCumulative, KindTermChange, DirAtLeast, DirAbove, DirAtMost,
    DirBelow, DirHold, GroupEconomy, GroupSociety, GroupEnvironment, GroupAppendix,
    GroupNone, AppTitle, AppSubtitle, Target, Baseline, Projected, Status, Illustrative,
    IllustrativeHint, LanguageLabel, OnTrackSummary, ChartProjection, ChartTarget,
    ChartRequired, ChartBand, ChartActual, ChartLabel, RequiredRate, FirstYearMet, NotBy,
    Probability, Source, Note, NotParametric, Settled, Unreachable, PlanError, Gap,
    Dashboard, Filter, All, Group, Method, BaselineField, Assumption, UseRequired,
    PaceInForce, Pace, PaceHint, TableBelow, Draws, YearTable, YearlyNotTotal, Year,
    Planned, BaselineShort, ReferenceName, ReferenceHint, FirstScenario, ForkName, Forked,
    NewScenario, PasteWillChange, PasteApply, PastePreview, PasteLabel, PasteNoYear,
    PasteUnknown, Line, FactsSheetHint, FactsSheet, YearEnd, OwnFiguresHint, OwnFiguresMark,
    OwnFigures, StillIllustrative, CsvIllustrative, AnnexIllustrativeNote, AnnexKnownNote,
    UnitShort, Code, SummaryTableTitle, ScenarioTools, WelcomeDismiss, Menu, MenuHint,
    WelcomeMore, Untranslated, WelcomeStart, WelcomeStepTry, WelcomeStepFigures,
    WelcomeIllustrative, WelcomeTitle, NoDifference, OnTrackShort, IndicatorsWord, AndMore,
    NeedsAttention, IllustrativeSlide, AxisUnit, Against, BackToCards, Reading, ProjectedIn,
    WithPace, Wrote, RequiredInForce, SpreadField, PaceOnReport, Duplicate, CopyWord,
    Delete, Deleted, Undo, Redo, UndoKeys, RedoKeys, Scenarios, Scenario, ScenarioName,
    ScenarioNote, NameNeeded, ExportOne, ExportAll, Import, Imported, ScenariosWord,
    ImportFailed, FileUnreadable, ShareLink, Characters, Copy, Copied, CopyByHand,
    ExportCsv, LinkOffer, LinkAddsCopy, ChangedIndicators, AddScenario, Dismiss, LinkFailed,
    Close, CompareWith, CompareTitle, Difference, CsvScenario, CsvId, CsvIndicator, CsvUnit,
    CsvValue, CsvKind, CsvTargetUnit, CsvKnown, CsvProjected, CsvPace, SavedAt, Saving,
    Persistent, NotPersistent, OtherTabChanged, StoredUnreadable, StoredRepaired, KeptUnder,
    KeptInPage, DownloadOriginal, Created, Changed, Present, PresentHint, LeavePresent,
    ByGroup, FullscreenRefused, Png, Report, ReportTitle, PrintPdf, FileMode, FileModeHint,
    ReferenceDocument, IllustrativeStatement, PartLoading, PartFailed, Retry, BandLow,
    BandHigh,
}
