// Shows the login error when the server sent us back with ?error.
if (new URLSearchParams(location.search).has('error')) {
    document.getElementById('login-error').hidden = false;
}
