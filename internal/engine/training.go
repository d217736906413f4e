package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// training: total clock hours plus per-topic minimums, which are parts of
// the total: each hour counts toward at most one minimum (see
// allocate.go), and every counted entry's item says which minimums its
// hours went to. Catalog courses count their catalog clock hours and
// topics.
func training(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Training)
	from := c.from
	if p.WithinMonths > 0 {
		from = monthsBack(c.asOf, p.WithinMonths)
	}
	need := topicNeeds(c, p)
	topicMasks := c.topicMasks(need)
	n := len(c.p.Training)
	hours, masks := resize(c.scratch.hours, n), c.scratch.masks[:0]
	for range n {
		masks = append(masks, 0)
	}
	c.scratch.hours, c.scratch.masks = hours, masks
	total, recent, yearAgo := 0.0, 0.0, monthsBack(c.asOf, 12)
	o.Items = c.items(len(c.p.Training))
	for i, t := range c.p.Training {
		if reason := trainingReason(c, t, from); reason != nil {
			o.item(listTraining, i, 0, reason)
			continue
		}
		h, courseTopics := c.trainingHours(t)
		o.item(listTraining, i, h, nil)
		hours[i], masks[i] = h, serves(topicMasks, t.Topics, courseTopics)
		total += h
		if t.Date >= yearAgo {
			recent += h
		}
	}
	a := allocate(hours, masks, needHours(need), &c.scratch.flow)
	if len(a.toward) > 0 {
		o.shares = c.shares(countShares(a.toward))
		for k := range o.Items {
			o.shares = appendShares(o.shares, int32(k), a.share(int(o.Items[k].Index)), need)
		}
	}
	o.quantity(total, p.Hours, "hours", msgMoreTrainingHours)
	topicGaps(o, a.have, need, c.m.Vocabulary.Topics)
	if o.Status == Met && p.TypicalHours > total {
		o.warn(msgTypicalHours(p.TypicalHours, total))
	}
	if o.Status == NotMet {
		c.projectLinear(o, 0, moreHours(total, p.Hours, a.have, need), recent/12, "hours")
	}
}

// topicNeed is one topic minimum.
type topicNeed struct {
	topic string
	hours float64
}

func needHours(need []topicNeed) []float64 {
	out := make([]float64, len(need))
	for k, n := range need {
		out[k] = n.hours
	}
	return out
}

// topicMask is the minimums (bit k = need[k]) an hour tagged with topic
// may go to.
type topicMask struct {
	topic string
	mask  uint32
}

// topicMasks lists, for every topic that serves a minimum, the minimums
// an hour tagged with it may go to: the minimum on the topic itself, and
// those on a topic group (vocabulary topic_groups) it belongs to; Untagged
// stands for training that names no topic. (A handful of topics: a list
// is quicker to search than a map.)
func (c *ctx) topicMasks(need []topicNeed) []topicMask {
	masks := c.scratch.topicMasks[:0]
	add := func(topic string, k int) {
		for i := range masks {
			if masks[i].topic == topic {
				masks[i].mask |= 1 << k
				return
			}
		}
		masks = append(masks, topicMask{topic, 1 << k})
	}
	for k, n := range need {
		add(n.topic, k)
		for _, g := range c.m.Vocabulary.TopicGroups {
			if len(g) > 0 && g[0] == n.topic {
				for _, w := range g[1:] {
					add(w, k)
				}
			}
		}
	}
	c.scratch.topicMasks = masks
	return masks
}

// serves returns the minimums an entry's hours may go to: those of its
// topics and of its catalog course's (see topicMasks).
func serves(masks []topicMask, topics, courseTopics []string) uint32 {
	if len(masks) == 0 {
		return 0
	}
	if len(topics) == 0 && len(courseTopics) == 0 {
		return maskOf(masks, model.Untagged)
	}
	var m uint32
	for _, t := range topics {
		m |= maskOf(masks, t)
	}
	for _, t := range courseTopics {
		m |= maskOf(masks, t)
	}
	return m
}

func maskOf(masks []topicMask, topic string) uint32 {
	for _, tm := range masks {
		if tm.topic == topic {
			return tm.mask
		}
	}
	return 0
}

// appendShares appends the minimums the hours of the outcome's item k
// went to.
func appendShares(out []Share, k int32, share []float64, need []topicNeed) []Share {
	for t, h := range share {
		if h > 1e-9 {
			out = append(out, Share{Topic: need[t].topic, Hours: h, item: k})
		}
	}
	return out
}

// countShares counts the shares above nothing.
func countShares(toward []float64) int {
	n := 0
	for _, h := range toward {
		if h > 1e-9 {
			n++
		}
	}
	return n
}

// trainingReason says why entry t does not count ("" = it counts).
func trainingReason(c *ctx, t profile.Training, from model.Date) *Msg {
	switch {
	case t.Planned && !c.plans:
		return msgPlannedOnly
	case t.Date > c.until || (c.renewal && t.Date < c.from):
		return c.outside(t.Date)
	case from != 0 && t.Date < from:
		return msgOlderThanPeriod
	}
	return nil
}

// trainingHours returns an entry's hours and, for a catalog course, the
// course's topics: a course counts its clock hours and topics.
func (c *ctx) trainingHours(t profile.Training) (float64, []string) {
	if t.Course == "" {
		return t.Hours, nil
	}
	course := c.m.Course(t.Course)
	if course == nil {
		return t.Hours, nil
	}
	if course.ClockHours > 0 {
		return course.ClockHours, course.Topics
	}
	return t.Hours, course.Topics
}

// topicNeeds merges the topic minimums with those that apply when the
// applicant provides RSC in the period, sorted by topic.
func topicNeeds(c *ctx, p *model.Training) []topicNeed {
	var need []topicNeed
	add := func(m map[string]float64) {
		for k, v := range m {
			i := 0
			for i < len(need) && need[i].topic != k {
				i++
			}
			if i == len(need) {
				need = append(need, topicNeed{topic: k})
			}
			need[i].hours += v
		}
	}
	add(p.Topics)
	if len(p.ProvidingRSCTopics) > 0 && c.providesRSC() {
		add(p.ProvidingRSCTopics)
	}
	sortByTopic(need)
	return need
}

// sortByTopic orders topic minimums by topic (insertion sort: few topics).
func sortByTopic(need []topicNeed) {
	for i := 1; i < len(need); i++ {
		for j := i; j > 0 && need[j].topic < need[j-1].topic; j-- {
			need[j], need[j-1] = need[j-1], need[j]
		}
	}
}

// providesRSC reports whether the profile lists RSC provided in the period.
func (c *ctx) providesRSC() bool {
	for _, pr := range c.p.RSCProvided {
		if _, _, ok := c.span(pr.Start, pr.End); ok {
			return true
		}
	}
	return false
}

// topicGaps adds unmet topic minimums to the outcome. Two shortfalls
// side by side ("21 more training hours; 30 more on infant mental
// health") must not read as if they added up or disagreed: when the
// topics' shortfalls cover the total's, the total's gap goes (the topics
// say what is needed); when they do not, the total is said to be in all,
// the topics' hours counting toward it.
func topicGaps(o *Outcome, have []float64, need []topicNeed, words []model.Word) {
	sumNeed, sumHave, short := o.Need, min(o.Have, o.Need), 0.0
	total := len(o.Gaps) // the total's gap, when there is one, is the last
	for k, n := range need {
		sumNeed += n.hours
		sumHave += min(have[k], n.hours)
		if have[k]+1e-9 < n.hours {
			o.fail(msgMoreTopicHours(n.hours-have[k], n.topic))
			short += n.hours - have[k]
		}
	}
	if i := total - 1; i >= 0 && o.Gaps[i].Code == "more_training_hours" && len(o.Gaps) > total {
		if short+1e-9 >= o.Need-o.Have {
			o.Gaps = append(o.Gaps[:i], o.Gaps[i+1:]...)
		} else {
			o.Gaps[i] = msg("more_training_hours_in_all", argNum("hours", o.Need-o.Have))
		}
	}
	if sumNeed > 0 {
		o.Progress = sumHave / sumNeed
	}
}

// moreHours is how many more hours meet the total and every minimum: each
// new hour serves one minimum, so at least the minimums' shortfalls added
// up, and at least what the total lacks.
func moreHours(total, hours float64, have []float64, need []topicNeed) float64 {
	short := 0.0
	for k, n := range need {
		short += max(n.hours-have[k], 0)
	}
	return max(hours-total, short)
}
