package engine

import (
	"math"

	"github.com/iecmh/endorse/internal/wasmjson"
)

// JSON returns the report as compact JSON; see the package documentation
// for its shape. Lists are never null; numbers are rounded to 2 decimals.
func (r *Report) JSON() []byte {
	var w wasmjson.Writer
	w.Grow(r.sizeHint())
	w.BeginObject()
	str(&w, "format", ReportFormat)
	str(&w, "as_of", r.AsOf.String())
	str(&w, "association", r.Association)
	w.Key("ranking")
	w.Strings(r.Ranking)
	w.Key("categories")
	w.BeginArray()
	for _, c := range r.Categories {
		c.write(&w)
	}
	w.EndArray()
	w.Key("renewal")
	w.BeginArray()
	for _, rn := range r.Renewal {
		rn.write(&w)
	}
	w.EndArray()
	w.EndObject()
	return w.Bytes()
}

// sizeHint estimates the JSON size: about 80 bytes per item and 300 per
// outcome.
func (r *Report) sizeHint() int {
	n := 1024
	for _, c := range r.Categories {
		n += outcomesSize(c.Requirements)
	}
	for _, rn := range r.Renewal {
		n += outcomesSize(rn.Requirements)
	}
	return n
}

// outcomesSize is sizeHint's estimate for a list of outcomes and their
// children.
func outcomesSize(list []*Outcome) int {
	n := 0
	for _, o := range list {
		n += 300 + 80*len(o.Items) + outcomesSize(o.Children)
	}
	return n
}

func str(w *wasmjson.Writer, k, v string) {
	w.Key(k)
	w.String(v)
}

func num(w *wasmjson.Writer, k string, v float64) {
	w.Key(k)
	w.Float(round2(v))
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func (c *CategoryResult) write(w *wasmjson.Writer) {
	w.BeginObject()
	str(w, "id", c.ID)
	str(w, "name", c.Name)
	str(w, "abbr", c.Abbr)
	str(w, "kind", c.Kind)
	w.Key("edition")
	if c.Edition == nil {
		w.Null()
	} else {
		w.BeginObject()
		str(w, "id", c.Edition.ID)
		str(w, "name", c.Edition.Name)
		str(w, "from", c.Edition.From.String())
		str(w, "until", c.Edition.Until.String())
		w.EndObject()
	}
	str(w, "status", c.Status)
	num(w, "remaining", c.Remaining)
	w.Key("open")
	w.Int(c.Open)
	w.Key("steps_open")
	w.Int(c.StepsOpen)
	writeMsgs(w, "other_rules", c.Other)
	writeOutcomes(w, "requirements", c.Requirements)
	w.EndObject()
}

func (r *RenewalResult) write(w *wasmjson.Writer) {
	w.BeginObject()
	str(w, "category", r.Category)
	str(w, "since", r.Since.String())
	str(w, "from", r.From.String())
	str(w, "due", r.Due.String())
	str(w, "late_until", r.LateUntil.String())
	w.Key("late")
	w.Bool(r.Late)
	str(w, "status", r.Status)
	writeMsgs(w, "notes", r.Notes)
	writeOutcomes(w, "requirements", r.Requirements)
	w.EndObject()
}

func writeOutcomes(w *wasmjson.Writer, key string, list []*Outcome) {
	w.Key(key)
	w.BeginArray()
	for _, o := range list {
		o.write(w)
	}
	w.EndArray()
}

func (o *Outcome) write(w *wasmjson.Writer) {
	w.BeginObject()
	str(w, "id", o.ID)
	str(w, "kind", o.Kind)
	str(w, "section", o.Section)
	str(w, "status", o.Status)
	num(w, "have", o.Have)
	num(w, "need", o.Need)
	str(w, "unit", o.Unit)
	writeMsgs(w, "gaps", o.Gaps)
	writeMsgs(w, "next", o.Next)
	w.Key("step")
	w.Bool(o.Step)
	num(w, "progress", o.Progress)
	str(w, "projected", o.Projected.String())
	o.writeProjection(w)
	writeMsgs(w, "notes", o.Notes)
	o.writeWindow(w)
	o.writeItems(w)
	str(w, "closest", o.Closest)
	writeOutcomes(w, "children", o.Children)
	w.EndObject()
}

// writeMsgs writes a list of messages.
func writeMsgs(w *wasmjson.Writer, key string, list []*Msg) {
	w.Key(key)
	w.Raw(appendMsgs(nil, list))
}

// appendMsgs writes a list of messages: [{"code": …, args…}, …].
func appendMsgs(b []byte, list []*Msg) []byte {
	b = append(b, '[')
	for i, m := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendMsg(b, m)
	}
	return append(b, ']')
}

// appendMsg writes a message as an object: its code, then each argument
// by name, in the constructor's order (numbers as numbers, lists as arrays
// of strings, flags as booleans, sub-messages as an array of messages);
// null for no message.
func appendMsg(b []byte, m *Msg) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"code":`...)
	b = wasmjson.AppendString(b, m.Code)
	for _, a := range m.Args {
		b = append(b, ',')
		b = wasmjson.AppendString(b, a.Name)
		b = append(b, ':')
		switch a.Kind {
		case ArgNumber:
			b = append(b, a.Value...)
		case ArgFlag:
			b = wasmjson.AppendBool(b, a.Value != "")
		case ArgList:
			b = appendIDs(b, a.Value)
		case ArgMsgs:
			b = appendMsgs(b, m.Sub)
		default:
			b = wasmjson.AppendString(b, a.Value)
		}
	}
	return append(b, '}')
}

// appendIDs writes ids joined by "," as an array of strings.
func appendIDs(b []byte, ids string) []byte {
	b = append(b, '[')
	start := 0
	for i := 0; i <= len(ids) && ids != ""; i++ {
		if i == len(ids) || ids[i] == ',' {
			if start > 0 {
				b = append(b, ',')
			}
			b = wasmjson.AppendString(b, ids[start:i])
			start = i + 1
		}
	}
	return append(b, ']')
}

func (o *Outcome) writeWindow(w *wasmjson.Writer) {
	w.Key("window")
	if o.Window == nil {
		w.Null()
		return
	}
	w.BeginObject()
	str(w, "from", o.Window.From.String())
	str(w, "to", o.Window.To.String())
	num(w, "hours", o.Window.Hours)
	num(w, "span_months", o.Window.SpanMonth)
	str(w, "falls_out", o.Window.FallsOut.String())
	w.EndObject()
}

// writeItems writes the item list; items are the bulk of a report, so each
// is assembled directly rather than key by key.
func (o *Outcome) writeItems(w *wasmjson.Writer) {
	w.Key("items")
	w.BeginArray()
	var b []byte
	var last *Msg // items excluded for one reason share its *Msg: word and quote it once
	reason := []byte(`null`)
	shares := o.shares // in item order: each item takes those of its position
	for k, it := range o.Items {
		if m := o.Reason(it); m != last {
			last, reason = m, appendMsg(reason[:0], m)
		}
		b = append(b[:0], `{"list":"`...)
		b = append(b, it.List.String()...)
		b = append(b, `","index":`...)
		b = wasmjson.AppendInt(b, int64(it.Index))
		b = append(b, `,"counted":`...)
		b = wasmjson.AppendBool(b, it.Counted)
		b = append(b, `,"amount":`...)
		b = wasmjson.AppendNumber(b, round2(it.Amount))
		b = append(b, `,"reason":`...)
		b = append(b, reason...)
		if parts := o.Parts(it); len(parts) > 0 { // most items are judged whole: the key is left out
			b = appendParts(append(b, `,"parts":`...), parts)
		}
		n := 0
		for n < len(shares) && shares[n].item == int32(k) {
			n++
		}
		if n > 0 {
			b = appendToward(append(b, `,"toward":`...), shares[:n])
			shares = shares[n:]
		}
		b = append(b, '}')
		w.Raw(b)
	}
	w.EndArray()
}

// appendParts writes an item's parts.
func appendParts(b []byte, parts []Part) []byte {
	b = append(b, '[')
	for i, p := range parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"from":`...)
		b = wasmjson.AppendString(b, p.From.String())
		b = append(b, `,"to":`...)
		b = wasmjson.AppendString(b, p.To.String())
		b = append(b, `,"amount":`...)
		b = wasmjson.AppendNumber(b, round2(p.Amount))
		b = append(b, `,"counted":`...)
		b = wasmjson.AppendBool(b, p.Why == nil)
		b = append(b, `,"reason":`...)
		b = append(appendMsg(b, p.Why), '}')
	}
	return append(b, ']')
}

// appendToward writes the topic minimums a training entry's hours went to.
func appendToward(b []byte, list []Share) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"topic":`...)
		b = wasmjson.AppendString(b, s.Topic)
		b = append(b, `,"hours":`...)
		b = append(wasmjson.AppendNumber(b, round2(s.Hours)), '}')
	}
	return append(b, ']')
}

func (o *Outcome) writeProjection(w *wasmjson.Writer) {
	w.Key("projection")
	pr := o.Projection
	if pr == nil {
		w.Null()
		return
	}
	w.BeginObject()
	num(w, "pace", pr.Pace)
	num(w, "needed", pr.Needed)
	str(w, "unit", pr.Unit)
	w.Key("never")
	w.Bool(pr.Never)
	w.EndObject()
}
