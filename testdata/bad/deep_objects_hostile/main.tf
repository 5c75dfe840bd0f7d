locals {
  x = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = {
    a = 1
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
    }
  }
}
