package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func (a *app) serveCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "The web interface and JSON API",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("serve is not available in this build yet")
		},
	}
}
