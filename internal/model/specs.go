package model

import (
	"unsafe"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// The model's field tables: one static wasmjson.Spec table per struct binds
// each TOML/JSON key to its field. The rules loader decodes the TOML files
// with them, MarshalJSON writes rules.json with them and DecodeModel reads
// it back with them, so the three can never disagree on a key, and the
// browser's decoder is one generic loop over data rather than code per
// field. model_test's TestSpecs checks every offset and type.

// The lists that wasmjson allocates for the model (Elem.List codes).
const (
	listProviders = iota
	listCategories
	listEditions
	listRemoved
	listCatalog
)

var (
	// modelSpecs are rules.json's keys but "format".
	modelSpecs = []wasmjson.Spec{
		{Key: "association", Off: unsafe.Offsetof(Model{}.Association), T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: associationSpecs}},
		{Key: "vocabulary", Off: unsafe.Offsetof(Model{}.Vocabulary), T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: vocabularySpecs}},
		{Key: "providers", T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: providersSpecs, Inline: true}},
		{Key: "categories", Off: unsafe.Offsetof(Model{}.Categories), T: wasmjson.TList,
			Elem: &wasmjson.Elem{List: listCategories, Size: unsafe.Sizeof(Category{}), Alloc: allocList, Pointers: true, Specs: categorySpecs}},
		{Key: "catalog", Off: unsafe.Offsetof(Model{}.Catalog), T: wasmjson.TList,
			Elem: &wasmjson.Elem{List: listCatalog, Size: unsafe.Sizeof(Course{}), Alloc: allocList, Specs: courseSpecs}},
	}

	// associationSpecs are association.toml's keys but [[overrides]].
	associationSpecs = []wasmjson.Spec{
		{Key: "id", Off: unsafe.Offsetof(Association{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Association{}.Name)},
		{Key: "short_name", Off: unsafe.Offsetof(Association{}.ShortName)},
		{Key: "website", Off: unsafe.Offsetof(Association{}.Website)},
		{Key: "rsc", T: wasmjson.TObject, Elem: &wasmjson.Elem{Inline: true, Specs: []wasmjson.Spec{
			{Key: "endorsed_only_from", Off: unsafe.Offsetof(Association{}.EndorsedOnlyFrom), T: wasmjson.TCustom, Hook: DateAt},
			{Key: "note", Off: unsafe.Offsetof(Association{}.RSCNote)}}}},
		{Key: "fees", Off: unsafe.Offsetof(Association{}.Fees), T: wasmjson.TObject, Elem: &wasmjson.Elem{Specs: []wasmjson.Spec{
			{Key: "membership", Off: unsafe.Offsetof(Fees{}.Membership), T: wasmjson.TFloat},
			{Key: "credential", Off: unsafe.Offsetof(Fees{}.Credential), T: wasmjson.TFloat},
			{Key: "categories", Off: unsafe.Offsetof(Fees{}.Categories), T: wasmjson.TCustom, Hook: feeTableAt}}}},
	}

	categoryFeeSpecs = []wasmjson.Spec{
		{Key: "registration", Off: unsafe.Offsetof(CategoryFees{}.Registration), T: wasmjson.TFloat},
		{Key: "processing", Off: unsafe.Offsetof(CategoryFees{}.Processing), T: wasmjson.TFloat},
		{Key: "exam", Off: unsafe.Offsetof(CategoryFees{}.Exam), T: wasmjson.TFloat},
	}

	// vocabularySpecs are vocabulary.toml's tables.
	vocabularySpecs = []wasmjson.Spec{
		{Key: "topics", Off: unsafe.Offsetof(Vocabulary{}.Topics), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "services", Off: unsafe.Offsetof(Vocabulary{}.Services), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "roles", Off: unsafe.Offsetof(Vocabulary{}.Roles), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "leadership", Off: unsafe.Offsetof(Vocabulary{}.Leadership), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "credentials", Off: unsafe.Offsetof(Vocabulary{}.Credentials), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "licenses", Off: unsafe.Offsetof(Vocabulary{}.Licenses), T: wasmjson.TCustom, Hook: wordListAt},
		{Key: "attestations", Off: unsafe.Offsetof(Vocabulary{}.Attestations), T: wasmjson.TCustom, Hook: wordListAt},
	}

	// providersSpecs are providers.toml's keys (offsets into Model).
	providersSpecs = []wasmjson.Spec{
		{Key: "rules", Off: unsafe.Offsetof(Model{}.Providers), T: wasmjson.TList,
			Elem: &wasmjson.Elem{List: listProviders, Size: unsafe.Sizeof(ProviderRule{}), Alloc: allocList, Specs: []wasmjson.Spec{
				{Key: "categories", Off: unsafe.Offsetof(ProviderRule{}.Categories), T: wasmjson.TStrings},
				{Key: "purpose", Off: unsafe.Offsetof(ProviderRule{}.Purpose)},
				{Key: "applicant", Off: unsafe.Offsetof(ProviderRule{}.Applicant)},
				{Key: "from", Off: unsafe.Offsetof(ProviderRule{}.From), T: wasmjson.TCustom, Hook: DateAt},
				{Key: "until", Off: unsafe.Offsetof(ProviderRule{}.Until), T: wasmjson.TCustom, Hook: DateAt},
				{Key: "providers", Off: unsafe.Offsetof(ProviderRule{}.Providers), T: wasmjson.TStrings},
				{Key: "text", Off: unsafe.Offsetof(ProviderRule{}.Text)},
				{Key: "source", Off: unsafe.Offsetof(ProviderRule{}.Source)}}}},
	}

	// categorySpecs are a category file's keys ("removed" is rules.json's).
	categorySpecs = []wasmjson.Spec{
		{Key: "id", Off: unsafe.Offsetof(Category{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Category{}.Name)},
		{Key: "abbr", Off: unsafe.Offsetof(Category{}.Abbr)},
		{Key: "kind", Off: unsafe.Offsetof(Category{}.Kind)},
		{Key: "band", Off: unsafe.Offsetof(Category{}.Band)},
		{Key: "level", Off: unsafe.Offsetof(Category{}.Level)},
		{Key: "designation", Off: unsafe.Offsetof(Category{}.Designation)},
		{Key: "order", Off: unsafe.Offsetof(Category{}.Order), T: wasmjson.TInt},
		{Key: "summary", Off: unsafe.Offsetof(Category{}.Summary)},
		{Key: "scope", Off: unsafe.Offsetof(Category{}.Scope)},
		{Key: "note", Off: unsafe.Offsetof(Category{}.Note)},
		{Key: "source", Off: unsafe.Offsetof(Category{}.Source)},
		{Key: "editions", Off: unsafe.Offsetof(Category{}.Editions), T: wasmjson.TList,
			Elem: &wasmjson.Elem{List: listEditions, Size: unsafe.Sizeof(Edition{}), Alloc: allocList, Pointers: true, Specs: editionSpecs}},
		{Key: "requirements", Off: unsafe.Offsetof(Category{}.Requirements), T: wasmjson.TCustom, Hook: requirementListAt},
		{Key: "renewal", Off: unsafe.Offsetof(Category{}.Renewal), T: wasmjson.TCustom, Hook: requirementListAt},
		{Key: "removed", Off: unsafe.Offsetof(Category{}.Removed), T: wasmjson.TList,
			Elem: &wasmjson.Elem{List: listRemoved, Size: unsafe.Sizeof(Removal{}), Alloc: allocList, Specs: []wasmjson.Spec{
				{Key: "requirement", Off: unsafe.Offsetof(Removal{}.Requirement)},
				{Key: "editions", Off: unsafe.Offsetof(Removal{}.Editions), T: wasmjson.TStrings},
				{Key: "renewal", Off: unsafe.Offsetof(Removal{}.Renewal), T: wasmjson.TBool},
				{Key: "note", Off: unsafe.Offsetof(Removal{}.Note)}}}},
	}

	editionSpecs = []wasmjson.Spec{
		{Key: "id", Off: unsafe.Offsetof(Edition{}.ID)},
		{Key: "name", Off: unsafe.Offsetof(Edition{}.Name)},
		{Key: "from", Off: unsafe.Offsetof(Edition{}.From), T: wasmjson.TCustom, Hook: DateAt},
		{Key: "note", Off: unsafe.Offsetof(Edition{}.Note)},
		{Key: "source", Off: unsafe.Offsetof(Edition{}.Source)},
	}

	// requirementSpecs are every requirement's keys; its kind's
	// parameters follow (Params.Specs).
	requirementSpecs = []wasmjson.Spec{
		{Key: "id", Off: unsafe.Offsetof(Requirement{}.ID)},
		{Key: "kind", Off: unsafe.Offsetof(Requirement{}.Kind)},
		{Key: "section", Off: unsafe.Offsetof(Requirement{}.Section)},
		{Key: "parent", Off: unsafe.Offsetof(Requirement{}.Parent)},
		{Key: "editions", Off: unsafe.Offsetof(Requirement{}.Editions), T: wasmjson.TStrings},
		{Key: "from", Off: unsafe.Offsetof(Requirement{}.From), T: wasmjson.TCustom, Hook: DateAt},
		{Key: "until", Off: unsafe.Offsetof(Requirement{}.Until), T: wasmjson.TCustom, Hook: DateAt},
		{Key: "text", Off: unsafe.Offsetof(Requirement{}.Text)},
		{Key: "source", Off: unsafe.Offsetof(Requirement{}.Source)},
		{Key: "note", Off: unsafe.Offsetof(Requirement{}.Note)},
		{Key: "override", Off: unsafe.Offsetof(Requirement{}.Override)},
	}

	// courseSpecs are what rules.json keeps of a catalog course.
	courseSpecs = []wasmjson.Spec{
		{Key: "id", Off: unsafe.Offsetof(Course{}.ID)},
		{Key: "title", Off: unsafe.Offsetof(Course{}.Title)},
		{Key: "clock_hours", Off: unsafe.Offsetof(Course{}.ClockHours), T: wasmjson.TFloat},
		{Key: "topics", Off: unsafe.Offsetof(Course{}.Topics), T: wasmjson.TStrings},
		{Key: "credential", Off: unsafe.Offsetof(Course{}.Credential), T: wasmjson.TBool},
		{Key: "sequence", Off: unsafe.Offsetof(Course{}.Sequence), T: wasmjson.TInt},
	}
)

// allocList makes the model list coded list n entries long at p
// (wasmjson.Elem.Alloc). Categories and editions are lists of pointers
// (each to its own entry of one backing array).
func allocList(list int, p unsafe.Pointer, n int) unsafe.Pointer {
	var a unsafe.Pointer
	switch list {
	case listProviders:
		a = unsafe.Pointer(unsafe.SliceData(make([]ProviderRule, n)))
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
