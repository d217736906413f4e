package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/jsonlite"
)

// The model's field tables: one static jsonlite.Spec table per struct binds
// each TOML/JSON key to its field. The rules loader decodes the TOML files
// with them, MarshalJSON writes rules.json with them and DecodeModel reads
// it back with them, so the three can never disagree on a key, and the
// browser's decoder is one generic loop over data rather than code per
// field. model_test's TestSpecs checks every offset and type.

// The lists that jsonlite allocates for the model (Elem.List codes).
const (
	listProviders = iota
	listPolicies
	listCategories
	listEditions
	listRemoved
	listCatalog
)

var (
	// modelSpecs are rules.json's keys but "format".
	modelSpecs = []jsonlite.Spec{
		{Key: "association", Off: unsafe.Offsetof(Model{}.Association), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: associationSpecs}},
		{Key: "vocabulary", Off: unsafe.Offsetof(Model{}.Vocabulary), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: vocabularySpecs}},
		{Key: "providers", T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: providersSpecs, Inline: true}},
		{Key: "categories", Off: unsafe.Offsetof(Model{}.Categories), T: jsonlite.TList,
			Elem: &jsonlite.Elem{List: listCategories, Size: unsafe.Sizeof(Category{}), Alloc: allocList, Pointers: true, Specs: categorySpecs}},
		{Key: "catalog", Off: unsafe.Offsetof(Model{}.Catalog), T: jsonlite.TList,
			Elem: &jsonlite.Elem{List: listCatalog, Size: unsafe.Sizeof(Course{}), Alloc: allocList, Specs: courseSpecs}},
	}

	// associationSpecs are association.toml's keys but [[overrides]].
	associationSpecs = []jsonlite.Spec{
		{Key: "id", Off: unsafe.Offsetof(Association{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Association{}.Name)},
		{Key: "short_name", Off: unsafe.Offsetof(Association{}.ShortName)},
		{Key: "website", Off: unsafe.Offsetof(Association{}.Website)},
		{Key: "rsc", T: jsonlite.TObject, Elem: &jsonlite.Elem{Inline: true, Specs: []jsonlite.Spec{
			{Key: "endorsed_only_from", Off: unsafe.Offsetof(Association{}.EndorsedOnlyFrom), T: jsonlite.TCustom, Hook: DateAt},
			{Key: "note", Off: unsafe.Offsetof(Association{}.RSCNote)},
			{Key: "policies", Off: unsafe.Offsetof(Association{}.RSCPolicies), T: jsonlite.TList,
				Elem: &jsonlite.Elem{List: listPolicies, Size: unsafe.Sizeof(ProviderPolicy{}), Alloc: allocList, Specs: providerPolicySpecs}}}}},
		{Key: "membership", Off: unsafe.Offsetof(Association{}.Membership), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: []jsonlite.Spec{
			{Key: "applications", Off: unsafe.Offsetof(MembershipPolicy{}.Applications)},
			{Key: "renewals", Off: unsafe.Offsetof(MembershipPolicy{}.Renewals)},
			{Key: "note", Off: unsafe.Offsetof(MembershipPolicy{}.Note)}}}},
		{Key: "fees", Off: unsafe.Offsetof(Association{}.Fees), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: []jsonlite.Spec{
			{Key: "membership", Off: unsafe.Offsetof(Fees{}.Membership), T: jsonlite.TFloat},
			{Key: "credential", Off: unsafe.Offsetof(Fees{}.Credential), T: jsonlite.TFloat},
			{Key: "categories", Off: unsafe.Offsetof(Fees{}.Categories), T: jsonlite.TCustom, Hook: feeTableAt}}}},
		{Key: "renewal", Off: unsafe.Offsetof(Association{}.Renewal), T: jsonlite.TObject, Elem: &jsonlite.Elem{Specs: renewalPolicySpecs}},
	}

	providerPolicySpecs = []jsonlite.Spec{
		{Key: "from", Off: unsafe.Offsetof(ProviderPolicy{}.From), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "until", Off: unsafe.Offsetof(ProviderPolicy{}.Until), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "providers", Off: unsafe.Offsetof(ProviderPolicy{}.Providers), T: jsonlite.TStrings},
		{Key: "need", Off: unsafe.Offsetof(ProviderPolicy{}.Need)},
		{Key: "text", Off: unsafe.Offsetof(ProviderPolicy{}.Text)},
		{Key: "source", Off: unsafe.Offsetof(ProviderPolicy{}.Source)},
	}

	renewalPolicySpecs = []jsonlite.Spec{
		{Key: "years", Off: unsafe.Offsetof(RenewalPolicy{}.Years), T: jsonlite.TInt},
		{Key: "late_days", Off: unsafe.Offsetof(RenewalPolicy{}.LateDays), T: jsonlite.TInt},
		{Key: "first", Off: unsafe.Offsetof(RenewalPolicy{}.First)},
		{Key: "note", Off: unsafe.Offsetof(RenewalPolicy{}.Note)},
		{Key: "source", Off: unsafe.Offsetof(RenewalPolicy{}.Source)},
		{Key: "assumption", Off: unsafe.Offsetof(RenewalPolicy{}.Assumption), T: jsonlite.TBool},
		{Key: "assumption_reason", Off: unsafe.Offsetof(RenewalPolicy{}.AssumptionReason)},
	}

	categoryFeeSpecs = []jsonlite.Spec{
		{Key: "registration", Off: unsafe.Offsetof(CategoryFees{}.Registration), T: jsonlite.TFloat},
		{Key: "processing", Off: unsafe.Offsetof(CategoryFees{}.Processing), T: jsonlite.TFloat},
		{Key: "exam", Off: unsafe.Offsetof(CategoryFees{}.Exam), T: jsonlite.TFloat},
	}

	// vocabularySpecs are vocabulary.toml's tables.
	vocabularySpecs = []jsonlite.Spec{
		{Key: "topics", Off: unsafe.Offsetof(Vocabulary{}.Topics), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "services", Off: unsafe.Offsetof(Vocabulary{}.Services), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "roles", Off: unsafe.Offsetof(Vocabulary{}.Roles), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "leadership", Off: unsafe.Offsetof(Vocabulary{}.Leadership), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "credentials", Off: unsafe.Offsetof(Vocabulary{}.Credentials), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "licenses", Off: unsafe.Offsetof(Vocabulary{}.Licenses), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "attestations", Off: unsafe.Offsetof(Vocabulary{}.Attestations), T: jsonlite.TCustom, Hook: wordListAt},
		{Key: "topic_groups", Off: unsafe.Offsetof(Vocabulary{}.TopicGroups), T: jsonlite.TStringLists},
	}

	// providersSpecs are providers.toml's keys (offsets into Model).
	providersSpecs = []jsonlite.Spec{
		{Key: "rules", Off: unsafe.Offsetof(Model{}.Providers), T: jsonlite.TList,
			Elem: &jsonlite.Elem{List: listProviders, Size: unsafe.Sizeof(ProviderRule{}), Alloc: allocList, Specs: []jsonlite.Spec{
				{Key: "categories", Off: unsafe.Offsetof(ProviderRule{}.Categories), T: jsonlite.TStrings},
				{Key: "purpose", Off: unsafe.Offsetof(ProviderRule{}.Purpose)},
				{Key: "applicant", Off: unsafe.Offsetof(ProviderRule{}.Applicant)},
				{Key: "from", Off: unsafe.Offsetof(ProviderRule{}.From), T: jsonlite.TCustom, Hook: DateAt},
				{Key: "until", Off: unsafe.Offsetof(ProviderRule{}.Until), T: jsonlite.TCustom, Hook: DateAt},
				{Key: "providers", Off: unsafe.Offsetof(ProviderRule{}.Providers), T: jsonlite.TStrings},
				{Key: "text", Off: unsafe.Offsetof(ProviderRule{}.Text)},
				{Key: "source", Off: unsafe.Offsetof(ProviderRule{}.Source)},
				{Key: "assumption", Off: unsafe.Offsetof(ProviderRule{}.Assumption), T: jsonlite.TBool},
				{Key: "assumption_reason", Off: unsafe.Offsetof(ProviderRule{}.AssumptionReason)}}}},
	}

	// categorySpecs are a category file's keys ("removed" is rules.json's).
	categorySpecs = []jsonlite.Spec{
		{Key: "id", Off: unsafe.Offsetof(Category{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Category{}.Name)},
		{Key: "abbr", Off: unsafe.Offsetof(Category{}.Abbr)},
		{Key: "kind", Off: unsafe.Offsetof(Category{}.Kind)},
		{Key: "band", Off: unsafe.Offsetof(Category{}.Band)},
		{Key: "level", Off: unsafe.Offsetof(Category{}.Level)},
		{Key: "designation", Off: unsafe.Offsetof(Category{}.Designation)},
		{Key: "order", Off: unsafe.Offsetof(Category{}.Order), T: jsonlite.TInt},
		{Key: "summary", Off: unsafe.Offsetof(Category{}.Summary)},
		{Key: "scope", Off: unsafe.Offsetof(Category{}.Scope)},
		{Key: "note", Off: unsafe.Offsetof(Category{}.Note)},
		{Key: "source", Off: unsafe.Offsetof(Category{}.Source)},
		{Key: "editions", Off: unsafe.Offsetof(Category{}.Editions), T: jsonlite.TList,
			Elem: &jsonlite.Elem{List: listEditions, Size: unsafe.Sizeof(Edition{}), Alloc: allocList, Pointers: true, Specs: editionSpecs}},
		{Key: "requirements", Off: unsafe.Offsetof(Category{}.Requirements), T: jsonlite.TCustom, Hook: requirementListAt},
		{Key: "renewal", Off: unsafe.Offsetof(Category{}.Renewal), T: jsonlite.TCustom, Hook: requirementListAt},
		{Key: "removed", Off: unsafe.Offsetof(Category{}.Removed), T: jsonlite.TList,
			Elem: &jsonlite.Elem{List: listRemoved, Size: unsafe.Sizeof(Removal{}), Alloc: allocList, Specs: []jsonlite.Spec{
				{Key: "requirement", Off: unsafe.Offsetof(Removal{}.Requirement)},
				{Key: "editions", Off: unsafe.Offsetof(Removal{}.Editions), T: jsonlite.TStrings},
				{Key: "renewal", Off: unsafe.Offsetof(Removal{}.Renewal), T: jsonlite.TBool},
				{Key: "note", Off: unsafe.Offsetof(Removal{}.Note)}}}},
	}

	editionSpecs = []jsonlite.Spec{
		{Key: "id", Off: unsafe.Offsetof(Edition{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Edition{}.Name)},
		{Key: "from", Off: unsafe.Offsetof(Edition{}.From), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "note", Off: unsafe.Offsetof(Edition{}.Note)},
		{Key: "source", Off: unsafe.Offsetof(Edition{}.Source)},
	}

	// requirementSpecs are every requirement's keys; its kind's
	// parameters follow (Params.Specs).
	requirementSpecs = []jsonlite.Spec{
		{Key: "id", Off: unsafe.Offsetof(Requirement{}.ID)},
		{Key: "kind", Off: unsafe.Offsetof(Requirement{}.Kind)},
		{Key: "section", Off: unsafe.Offsetof(Requirement{}.Section)},
		{Key: "parent", Off: unsafe.Offsetof(Requirement{}.Parent)},
		{Key: "editions", Off: unsafe.Offsetof(Requirement{}.Editions), T: jsonlite.TStrings},
		{Key: "from", Off: unsafe.Offsetof(Requirement{}.From), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "until", Off: unsafe.Offsetof(Requirement{}.Until), T: jsonlite.TCustom, Hook: DateAt},
		{Key: "text", Off: unsafe.Offsetof(Requirement{}.Text)},
		{Key: "source", Off: unsafe.Offsetof(Requirement{}.Source)},
		{Key: "note", Off: unsafe.Offsetof(Requirement{}.Note)},
		{Key: "override", Off: unsafe.Offsetof(Requirement{}.Override)},
		{Key: "basis", Off: unsafe.Offsetof(Requirement{}.Basis)},
		{Key: "assumption", Off: unsafe.Offsetof(Requirement{}.Assumption), T: jsonlite.TBool},
		{Key: "assumption_reason", Off: unsafe.Offsetof(Requirement{}.AssumptionReason)},
	}

	// courseSpecs are what rules.json keeps of a catalog course.
	courseSpecs = []jsonlite.Spec{
		{Key: "id", Off: unsafe.Offsetof(Course{}.ID)},
		{Key: "title", Off: unsafe.Offsetof(Course{}.Title)},
		{Key: "clock_hours", Off: unsafe.Offsetof(Course{}.ClockHours), T: jsonlite.TFloat},
		{Key: "topics", Off: unsafe.Offsetof(Course{}.Topics), T: jsonlite.TStrings},
		{Key: "credential", Off: unsafe.Offsetof(Course{}.Credential), T: jsonlite.TBool},
		{Key: "sequence", Off: unsafe.Offsetof(Course{}.Sequence), T: jsonlite.TInt},
	}
)

// allocList makes the model list coded list n entries long at p
// (jsonlite.Elem.Alloc). Categories and editions are lists of pointers
// (each to its own entry of one backing array).
func allocList(list int, p unsafe.Pointer, n int) unsafe.Pointer {
	var a unsafe.Pointer
	switch list {
	case listProviders:
		a = unsafe.Pointer(unsafe.SliceData(make([]ProviderRule, n)))
	case listPolicies:
		a = unsafe.Pointer(unsafe.SliceData(make([]ProviderPolicy, n)))
	case listCategories:
		return setPointers(p, unsafe.Pointer(unsafe.SliceData(make([]Category, n))), n, unsafe.Sizeof(Category{}))
	case listEditions:
		return setPointers(p, unsafe.Pointer(unsafe.SliceData(make([]Edition, n))), n, unsafe.Sizeof(Edition{}))
	case listRemoved:
		a = unsafe.Pointer(unsafe.SliceData(make([]Removal, n)))
	default:
		a = unsafe.Pointer(unsafe.SliceData(make([]Course, n)))
	}
	// Every slice header has the same layout whatever its element type.
	*(*[]byte)(p) = unsafe.Slice((*byte)(a), n)
	return a
}

// setPointers stores at p a slice of n pointers to the consecutive
// entries of size size at a.
func setPointers(p, a unsafe.Pointer, n int, size uintptr) unsafe.Pointer {
	ptrs := make([]unsafe.Pointer, n)
	for i := range ptrs {
		ptrs[i] = unsafe.Add(a, uintptr(i)*size)
	}
	*(*[]unsafe.Pointer)(p) = ptrs
	return a
}
