//go:build !linux

package server

import "context"

// notifier is not available here: changes are found by polling only.
type notifier struct{}

func notify(context.Context, string, []string) *notifier { return nil }

func (n *notifier) changes() <-chan struct{} { return nil }

func (n *notifier) take() []string { return nil }
