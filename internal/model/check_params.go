package model

import (
	"github.com/iecmh/endorse/internal/wasmjson"
)

// params checks one kind's parameters.
func (ck *checker) params(ps Params, p string) {
	at := func(k string) string { return wasmjson.Join(p, k) }
	voc := &ck.m.Vocabulary
	switch x := ps.(type) {
	case *Degree:
		ck.required(at("min_level"), x.MinLevel)
		ck.oneOf(at("min_level"), x.MinLevel, Levels)
		ck.words(at("credentials"), x.Credentials, voc.Credentials, "credential")
	case *Credential:
		ck.nonEmpty(at("credentials"), len(x.Credentials))
		ck.words(at("credentials"), x.Credentials, voc.Credentials, "credential")
	case *Training:
		ck.training(x, at)
	case *Work:
		ck.work(x, at)
	case *RSCReceived:
		ck.rscReceived(x, at)
	case *RSCProvided:
		ck.months(at("months"), x.Months)
		ck.oneOf(at("after_degree"), x.AfterDegree, Levels)
	case *Leadership:
		ck.months(at("months"), x.Months)
		ck.words(at("kinds"), x.Kinds, voc.Leadership, "leadership kind")
		ck.fixed(at("levels"), x.Levels, LeaderLevels)
	case *References:
		ck.references(x, at)
	case *Exam:
		ck.fixed(at("forms"), x.Forms, ExamForms)
	case *CodeOfEthics:
		ck.count(at("within_months"), x.WithinMonths, 0, 120)
	case *Endorsement:
		ck.nonEmpty(at("categories"), len(x.Categories))
		ck.categoryRefs(at("categories"), x.Categories)
		ck.count(at("min_months"), x.MinMonths, 0, 600)
	case *Courses:
		ck.courses(x, at)
	case *Attestation:
		ck.required(at("key"), x.Key)
		ck.words(at("key"), []string{x.Key}, voc.Attestations, "attestation")
	}
}

func (ck *checker) training(x *Training, at func(string) string) {
	ck.hours(at("hours"), x.Hours)
	ck.nonNegative(at("typical_hours"), x.TypicalHours)
	ck.count(at("within_months"), x.WithinMonths, 0, 600)
	for _, t := range []struct {
		key string
		m   map[string]float64
	}{{"topics", x.Topics}, {"providing_rsc_topics", x.ProvidingRSCTopics}} {
		for k, h := range t.m {
			ck.words(at(t.key), []string{k}, ck.m.Vocabulary.Topics, "topic")
			if h <= 0 || h > x.Hours+x.TypicalHours+1000 {
				ck.add(at(t.key+"."+k), "must be a number of hours > 0")
			}
		}
	}
}

func (ck *checker) work(x *Work, at func(string) string) {
	ck.months(at("months"), x.Months)
	ck.oneOf(at("after_degree"), x.AfterDegree, Levels)
	ck.fixed(at("age_bands"), x.AgeBands, AgeBands)
	ck.words(at("services"), x.Services, ck.m.Vocabulary.Services, "service")
	ck.count(at("min_families"), x.MinFamilies, 0, 10000)
	if x.MinFTE < 0 || x.MinFTE > 1 {
		ck.add(at("min_fte"), "must be between 0 and 1")
	}
	ck.oneOf(at("internship"), x.Internship, []string{"exclude", "only"})
	ck.categoryRefs(at("internship_supervisor"), x.InternshipSupervisor)
	if len(x.InternshipSupervisor) > 0 && x.Internship != "only" {
		ck.add(at("internship_supervisor"), `needs internship = "only"`)
	}
}

func (ck *checker) rscReceived(x *RSCReceived, at func(string) string) {
	ck.hours(at("hours"), x.Hours)
	ck.count(at("min_months"), x.MinMonths, 0, 600)
	ck.count(at("max_months"), x.MaxMonths, 0, 600)
	if x.MaxMonths > 0 && x.MinMonths > x.MaxMonths {
		ck.add(at("min_months"), "is more than max_months")
	}
	ck.fixed(at("formats"), x.Formats, RSCFormats)
	ck.oneOf(at("after_degree"), x.AfterDegree, Levels)
	if x.AboutOwnRSCHours < 0 || (x.AboutOwnRSCHours > 0 && x.AboutOwnRSCHours > x.Hours) {
		ck.add(at("about_own_rsc_hours"), "must be between 0 and hours")
	}
	ck.count(at("max_providers"), x.MaxProviders, 0, 100)
	ck.fixed(at("while_serving"), x.WhileServing, AgeBands)
}

func (ck *checker) references(x *References, at func(string) string) {
	ck.count(at("count"), x.Count, 1, 20)
	if len(x.Roles) > x.Count {
		ck.add(at("roles"), "lists more roles than count")
	}
	for _, group := range x.Roles {
		ck.nonEmpty(at("roles"), len(group))
		ck.words(at("roles"), group, ck.m.Vocabulary.Roles, "role")
	}
	ck.count(at("endorsed"), x.Endorsed, 0, x.Count)
	if x.Endorsed > 0 {
		ck.nonEmpty(at("endorsed_in"), len(x.EndorsedIn))
	}
	ck.categoryRefs(at("endorsed_in"), x.EndorsedIn)
}

func (ck *checker) courses(x *Courses, at func(string) string) {
	if len(x.Courses) == 0 && !x.CredentialCourses {
		ck.add(at("courses"), "list courses or set credential_courses = true")
	}
	for _, id := range x.Courses {
		if ck.m.Course(id) == nil {
			ck.add(at("courses"), "unknown course "+quote(id)+" (no content/courses/"+id+".toml)")
		}
	}
}

func (ck *checker) hours(path string, h float64) {
	if h <= 0 || h > 10000 {
		ck.add(path, "must be a number of hours > 0")
	}
}

func (ck *checker) months(path string, m float64) {
	if m <= 0 || m > 600 {
		ck.add(path, "must be a number of months between 0 and 600")
	}
}

func (ck *checker) count(path string, n, min, max int) {
	if n < min || n > max {
		ck.add(path, "must be between "+itoa(min)+" and "+itoa(max))
	}
}

func itoa(n int) string { return wasmjson.Itoa(n) }
