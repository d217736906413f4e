package cli

import (
	"bytes"
	"errors"
	"flag"
	"testing"
)

// TestServeUsage: bad flags are usage errors and start no server.
func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		want error
	}{
		{[]string{"extra"}, ErrUsage},
		{[]string{"-port", "70000"}, ErrUsage},
		{[]string{"-poll", "0s"}, ErrUsage},
		{[]string{"-h"}, flag.ErrHelp},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		err := Run(append([]string{"serve"}, tt.args...), &out, &errOut)
		if !errors.Is(err, tt.want) {
			t.Errorf("serve %v: err = %v, want %v", tt.args, err, tt.want)
		}
	}
}

// TestServePublishFlags: serve takes build's -drafts, -future and
// -expired (and Hugo's names) into the server's options.
func TestServePublishFlags(t *testing.T) {
	opts, err := serveFlags(Env{Args: []string{"-D", "-buildFuture"}, Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	if p := opts.Publish; !p.Drafts || !p.Future || p.Expired {
		t.Errorf("publish = %+v, want drafts and future", p)
	}
}
